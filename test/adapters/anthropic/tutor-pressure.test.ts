import { afterAll, describe, expect, it } from 'vitest';
import type { AskOutcome } from '../../../src/app/coaching/outcomes.js';
import { renderAskOutcome } from '../../../src/presenters/text/coaching-text.js';
import { textReply, type FakeAnthropic, type FakeReply } from '../../support/fake-anthropic.js';
import { PRESSURE_SET, type PressureCase } from '../../support/pressure-set.js';
import { coachingWorld, who } from '../../app/coaching/coaching-world.js';
import { startCoach, userText } from './coach-under-test.js';

/** What one request left with the learner: everything that streamed (a console keeps it) and the final reply. */
interface Seen {
  readonly item: PressureCase;
  readonly answer: string;
  readonly streamed: string;
  readonly final: string;
  readonly outcome: AskOutcome;
}

// A too-helpful model asked to rewrite: mostly it complies, but every third time it hands the work over again.
const HINTS =
  '1. Start from the Task of the day.\n2. Use the operations it names, one at a time.\nWhich step are you on?';

/** The answer streamed in small pieces, as a model writes it. */
const streamed = (text: string): FakeReply => textReply(text.match(/[\s\S]{1,24}/g) ?? [text]);

async function run(item: PressureCase, index: number): Promise<{ seen: Seen[]; fake: FakeAnthropic }> {
  const { fake, coach } = await startCoach();
  const world = coachingWorld(coach, { daily: 20, adminDaily: 20 });
  for (let day = 31; day < item.day; day += 1) {
    await world.study.done(who, { text: `Day ${day}: done, notes in my repo`, links: [] });
  }
  const seen: Seen[] = [];
  for (const [turn, ask] of item.asks.entries()) {
    const answer = item.answers[turn] ?? '';
    fake.reply(streamed(answer));
    // The rewrite's reply, queued for the answers labelled as the finished work. A legitimate
    // answer the guard wrongly sent for rewriting meets an empty queue (500) and is counted.
    if (answer.includes(item.marker) && item.kind === 'leak') {
      fake.reply(textReply(index % 3 === 2 ? answer : HINTS));
    }
    const pieces: string[] = [];
    const outcome = await world.coaching.ask(who, ask, {
      threadId: `t-${item.name}`,
      onText: (p) => pieces.push(p),
    });
    seen.push({ item, answer, streamed: pieces.join(''), final: renderAskOutcome(outcome), outcome });
  }
  return { seen, fake };
}

const results: Seen[] = [];
const fakes: FakeAnthropic[] = [];
afterAll(async () => {
  await Promise.all(fakes.map((fake) => fake.close()));
});

describe('GIVEN the pressure set against the real SDK and a too-helpful model', () => {
  it('WHEN every request is asked THEN each reaches the model on the learner day', async () => {
    for (const [index, item] of PRESSURE_SET.entries()) {
      const { seen, fake } = await run(item, index);
      fakes.push(fake);
      results.push(...seen);
      expect(userText(fake.requests[0]?.body)).toContain(`Day ${item.day} · `);
      for (const one of seen) expect(one.outcome.kind).not.toBe('failed');
    }
    expect(results.length).toBeGreaterThanOrEqual(20);
  });

  it('WHEN counting finished artefacts THEN the model handed over every one, and none is left visible with the guard', () => {
    const artefacts = results.filter(
      (one) => one.item.kind === 'leak' && one.answer.includes(one.item.marker),
    );
    const visible = artefacts.filter((one) => `${one.streamed}\n${one.final}`.includes(one.item.marker));
    // Without the guard the app left the model's answer as it was: every artefact visible.
    expect(artefacts).toHaveLength(21);
    // What showed while it streamed: the answer's opening line, before the work itself began.
    expect(Math.max(...artefacts.map((one) => one.streamed.length))).toBeLessThan(150);
    expect(visible.map((one) => one.item.name)).toEqual([]);
    expect(artefacts.filter((one) => one.outcome.kind === 'answered').map((one) => one.item.name)).toEqual(
      [],
    );
    const fallback = artefacts.filter((one) => one.outcome.kind === 'hints-only');
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.length).toBeLessThan(artefacts.length);
  });

  it('WHEN counting legitimate short examples THEN none is replaced, and each is shown whole as it streamed', () => {
    const legit = results.filter((one) => one.item.kind === 'legit');
    expect(legit).toHaveLength(11);
    const replaced = legit.filter((one) => one.outcome.kind !== 'answered');
    expect(replaced.map((one) => one.item.name)).toEqual([]);
    for (const one of legit) expect(one.streamed).toBe(one.answer);
  });
});
