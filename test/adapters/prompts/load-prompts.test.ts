import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatPromptProblems, loadPrompts } from '../../../src/adapters/prompts/load-prompts.js';
import {
  buildAskPrompt,
  buildCheckpointPrompt,
  buildReviewPrompt,
  buildSharedPrefix,
} from '../../../src/core/prompts/build-prompts.js';
import { listSlots } from '../../../src/core/prompts/fill-template.js';
import { PROMPT_SLOTS } from '../../../src/core/prompts/prompt-spec.js';
import { plan, sparkDay } from '../anthropic/fixture-plan.js';

const PROMPTS_DIR = join(import.meta.dirname, '..', '..', '..', 'prompts');
let temp: string | undefined;
afterEach(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
  temp = undefined;
});

async function copyOfRealPrompts(): Promise<string> {
  temp = await mkdtemp(join(tmpdir(), 'prompts-'));
  await cp(PROMPTS_DIR, temp, { recursive: true });
  return temp;
}

describe('GIVEN the real prompt files', () => {
  it('WHEN loaded THEN each uses exactly its slots', async () => {
    const loaded = await loadPrompts(PROMPTS_DIR);
    if (loaded.kind !== 'ok') throw new Error(formatPromptProblems(loaded.problems));
    for (const [name, slots] of Object.entries(PROMPT_SLOTS)) {
      expect(listSlots(loaded.prompts[name as keyof typeof PROMPT_SLOTS]).sort()).toEqual([...slots].sort());
    }
  });

  it('WHEN every prompt is built THEN every slot is filled and none is left over', async () => {
    const loaded = await loadPrompts(PROMPTS_DIR);
    if (loaded.kind !== 'ok') throw new Error('prompts did not load');
    const { prompts } = loaded;
    const built = [
      buildSharedPrefix(prompts, plan),
      buildAskPrompt(prompts, { day: sparkDay, question: 'What is {{day}}?', history: [] }),
      buildReviewPrompt(prompts, { day: sparkDay, postKind: 'blog', postTitle: 'T', draft: 'D', checks: [] }),
      buildCheckpointPrompt(prompts, { day: sparkDay, proof: { text: 'P', links: [] } }),
    ];
    for (const text of built) expect(text.replace('What is {{day}}?', '')).not.toMatch(/\{\{|\}\}/);
  });
});

describe('GIVEN a prompts folder with broken files', () => {
  it('WHEN loaded THEN it is refused with every problem, each naming its file', async () => {
    const dir = await copyOfRealPrompts();
    const ask = await readFile(join(dir, 'ask.txt'), 'utf8');
    await writeFile(join(dir, 'ask.txt'), `${ask}\n{{learner_name}}`);
    await writeFile(join(dir, 'review.txt'), 'Review this: {{draft}} for {{day}} as {{ post_kind }}');
    await rm(join(dir, 'checkpoint.txt'));
    const loaded = await loadPrompts(dir);
    if (loaded.kind !== 'invalid') throw new Error('expected the prompts to be refused');
    const text = formatPromptProblems(loaded.problems);
    expect(text).toContain(`${join(dir, 'ask.txt')}: unknown slot {{learner_name}}`);
    expect(text).toContain(`${join(dir, 'review.txt')}: missing slot {{post_title}}`);
    expect(text).toContain(`${join(dir, 'review.txt')}: malformed slot near "{{ post_kind }}"`);
    expect(text).toContain(`${join(dir, 'checkpoint.txt')}: file not found`);
    expect(loaded.problems.some((problem) => problem.file.endsWith('system.txt'))).toBe(false);
  });

  it('WHEN the system prompt lacks the plan outline THEN it is refused naming system.txt', async () => {
    const dir = await copyOfRealPrompts();
    await writeFile(join(dir, 'system.txt'), 'You are a coach.');
    const loaded = await loadPrompts(dir);
    expect(loaded).toEqual({
      kind: 'invalid',
      problems: [{ file: join(dir, 'system.txt'), message: 'missing slot {{plan}}' }],
    });
  });
});
