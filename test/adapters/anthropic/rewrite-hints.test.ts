import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPromptProblems, loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import { overloaded, textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';
import { fenced, PROMPTS_DIR, startCoach, userText } from './coach-under-test.js';
import { plan, sparkDay } from './fixture-plan.js';

let fake: FakeAnthropic | undefined;
let temp: string | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = undefined;
});

const DRAFT = 'Here is your post:\n\nI spent a month on Kafka... #ApacheSpark #BigData';

describe('GIVEN the Anthropic coach and an answer that handed over the post', () => {
  it('WHEN it is rewritten as hints THEN one short call goes out on the cached prefix, the draft fenced as data', async () => {
    const started = await startCoach();
    fake = started.fake;
    fake.reply(textReply('Hook first: what surprised you?'), textReply('Hook first again.'));
    const input = { plan, day: sparkDay, question: 'Write my post', draft: DRAFT };
    const first = await started.coach.rewriteAsHints(input);
    const second = await started.coach.rewriteAsHints(input);
    expect(first).toMatchObject({ kind: 'ok', value: 'Hook first: what surprised you?' });
    const body = fake.requests[0]?.body;
    expect(body.max_tokens).toBe(400);
    expect(body.system[0].cache_control).toEqual({ type: 'ephemeral' });
    const prompt = userText(body);
    expect(fenced(prompt, 'draft_answer')?.trim()).toBe(DRAFT);
    expect(fenced(prompt, 'learner_question')?.trim()).toBe('Write my post');
    expect(prompt).toContain('Day 31 · Spark Architecture');
    expect(second.kind === 'ok' && second.usage.cacheRead).toBeGreaterThan(0);
  });

  it('WHEN the API fails THEN the outcome says so and nothing throws', async () => {
    const started = await startCoach();
    fake = started.fake;
    fake.reply(overloaded());
    const outcome = await started.coach.rewriteAsHints({ plan, day: sparkDay, question: 'q', draft: DRAFT });
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'overloaded' });
  });
});

describe('GIVEN a prompts folder whose hints.txt is broken', () => {
  it('WHEN loaded at start-up THEN it is refused naming hints.txt', async () => {
    temp = await mkdtemp(join(tmpdir(), 'prompts-'));
    await cp(PROMPTS_DIR, temp, { recursive: true });
    const hints = await readFile(join(temp, 'hints.txt'), 'utf8');
    await writeFile(join(temp, 'hints.txt'), hints.replace('{{draft}}', ''));
    const loaded = await loadPrompts(temp);
    if (loaded.kind !== 'invalid') throw new Error('expected the prompts to be refused');
    expect(formatPromptProblems(loaded.problems)).toBe(`${join(temp, 'hints.txt')}: missing slot {{draft}}`);
  });
});
