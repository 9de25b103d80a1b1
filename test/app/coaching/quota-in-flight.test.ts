import { afterEach, describe, expect, it } from 'vitest';
import type { FakeAnthropic, FakeReply } from '../../support/fake-anthropic.js';
import { textReply } from '../../support/fake-anthropic.js';
import { startCoach } from '../../adapters/anthropic/coach-under-test.js';
import { coachingWorld, who } from './coaching-world.js';

let fake: FakeAnthropic;
afterEach(() => fake.close());

const overloadedAfter = (delayMs: number): FakeReply => ({
  kind: 'slow',
  delayMs,
  reply: { kind: 'error', status: 529, type: 'overloaded_error' },
});
const limits = { daily: 20, adminDaily: 60 };

describe('GIVEN a learner with 20 questions a day and the real SDK against the local Messages API', () => {
  it('WHEN three questions are in flight and each fails THEN every "not counted" figure says 20 left', async () => {
    const started = await startCoach({ maxRetries: 0 });
    fake = started.fake;
    fake.reply(overloadedAfter(0), overloadedAfter(300), overloadedAfter(600));
    const { coaching } = coachingWorld(started.coach, limits);
    const outcomes = await Promise.all([1, 2, 3].map((n) => coaching.ask(who, `Question ${n}?`)));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['failed', 'failed', 'failed']);
    expect(outcomes.map((outcome) => 'remaining' in outcome && outcome.remaining)).toEqual([20, 20, 20]);
    expect(await coaching.remaining(who.id)).toBe(20);
  });

  it('WHEN one question was answered and another fails while a third is in flight THEN the failure says 19 left', async () => {
    const started = await startCoach({ maxRetries: 0 });
    fake = started.fake;
    const { coaching } = coachingWorld(started.coach, limits);
    fake.reply(textReply('The driver plans the job.'));
    expect(await coaching.ask(who, 'What does the driver do?')).toMatchObject({ remaining: 19 });
    fake.reply(overloadedAfter(0), { kind: 'slow', delayMs: 400, reply: textReply('Executors run tasks.') });
    const [failed, answered] = await Promise.all([
      coaching.ask(who, 'Why?'),
      coaching.ask(who, 'And executors?'),
    ]);
    expect(failed).toEqual({ kind: 'failed', reason: 'overloaded', remaining: 19 });
    expect(answered).toMatchObject({ kind: 'answered', remaining: 18 });
  });
});
