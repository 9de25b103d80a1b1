import { describe, expect, it } from 'vitest';
import { renderAskOutcome } from '../../../src/presenters/text/coaching-text.js';
import { createOfflineCoach } from '../../../src/adapters/anthropic/offline-coach.js';
import { HISTORY_LIMITS } from '../../../src/app/coaching/conversations.js';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { coachingWorld, who } from './coaching-world.js';
import { failedWith, ok, scriptedCoach, USAGE } from '../../support/scripted-coach.js';

const HOUR = 3_600_000;

describe('GIVEN a learner with questions left today', () => {
  it('WHEN they ask THEN the answer streams in, is grounded in their day, and says what is left', async () => {
    const model = scriptedCoach({ ask: [ok('Lazy evaluation means Spark waits for an action.')] });
    const { coaching } = coachingWorld(model);
    const deltas: string[] = [];
    const outcome = await coaching.ask(who, '  What is lazy evaluation?  ', {
      onText: (d) => deltas.push(d),
    });
    expect(outcome).toMatchObject({ kind: 'answered', remaining: 2, limit: 3, day: { day: { day: 31 } } });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('Lazy evaluation means Spark waits for an action.');
    expect(model.asked[0]).toMatchObject({ question: 'What is lazy evaluation?', history: [] });
    expect(model.asked[0]?.day.title).toBe('Spark Architecture');
  });

  it('WHEN a server admin asks THEN the admin quota applies', async () => {
    const { coaching } = coachingWorld(scriptedCoach({ ask: [ok('Yes.')] }));
    const outcome = await coaching.ask(who, 'Is the driver a JVM?', { guildId: 'g1', admin: true });
    expect(outcome).toMatchObject({ kind: 'answered', remaining: 4, limit: 5 });
  });

  it('WHEN answers come THEN token usage is counted for the learner and the server, today and in total', async () => {
    const { coaching } = coachingWorld(scriptedCoach({ ask: [ok('One.'), ok('Two.')] }));
    await coaching.ask(who, 'First?', { guildId: 'g1' });
    await coaching.ask(who, 'Second?');
    const server = await coaching.usageReport('g1');
    expect(server.today).toEqual({ calls: 1, ...USAGE });
    expect(server.total).toEqual({ calls: 1, ...USAGE });
    const learner = await coaching.learnerUsage(who.id);
    expect(learner.total).toEqual({
      calls: 2,
      input: 2 * USAGE.input,
      output: 2 * USAGE.output,
      cacheRead: 2 * USAGE.cacheRead,
      cacheWrite: 0,
    });
  });
});

describe('GIVEN the daily quota', () => {
  it('WHEN it is spent THEN the question is refused with the reset time and no model call', async () => {
    const model = scriptedCoach({ ask: [ok('a'), ok('b'), ok('c')] });
    const { coaching, advance } = coachingWorld(model);
    for (const question of ['one?', 'two?', 'three?']) await coaching.ask(who, question);
    const refused = await coaching.ask(who, 'four?');
    expect(refused).toEqual({ kind: 'quota-spent', resetsAt: new Date('2026-06-02T00:00:00Z'), limit: 3 });
    expect(model.asked).toHaveLength(3);

    advance(15 * HOUR);
    expect(await coaching.remaining(who.id)).toBe(3);
  });

  it('WHEN ten questions race for three calls THEN exactly three reach the model', async () => {
    const model = scriptedCoach({ ask: Array.from({ length: 10 }, () => ok('yes')) });
    const { coaching } = coachingWorld(model);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => coaching.ask(who, `question ${i}?`, { threadId: `t${i}` })),
    );
    expect(outcomes.filter((o) => o.kind === 'answered')).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'quota-spent')).toHaveLength(7);
    expect(model.asked).toHaveLength(3);
  });

  it('WHEN the model fails THEN the learner is told why and the call is not charged', async () => {
    const model = scriptedCoach({ ask: [failedWith('overloaded'), ok('Now it works.')] });
    const { coaching } = coachingWorld(model);
    expect(await coaching.ask(who, 'Why?')).toEqual({ kind: 'failed', reason: 'overloaded', remaining: 3 });
    expect(await coaching.ask(who, 'Why?')).toMatchObject({ kind: 'answered', remaining: 2 });
  });

  it.each([
    ['empty', '', { kind: 'question-missing' }],
    ['blank', '   ', { kind: 'question-missing' }],
    ['1,501 characters', 'x'.repeat(1_501), { kind: 'question-too-long', max: 1_500, length: 1_501 }],
  ])('WHEN the question is %s THEN it is refused without a call', async (_label, question, expected) => {
    const model = scriptedCoach({});
    const { coaching } = coachingWorld(model);
    expect(await coaching.ask(who, question)).toEqual(expected);
    expect(model.calls()).toBe(0);
    expect(await coaching.remaining(who.id)).toBe(3);
  });
});

describe('GIVEN a conversation', () => {
  it('WHEN the learner follows up THEN the earlier turns go with the question', async () => {
    const model = scriptedCoach({ ask: [ok('A DAG is a graph.'), ok('Stages split at shuffles.')] });
    const { coaching } = coachingWorld(model);
    await coaching.ask(who, 'What is a DAG?', { threadId: 't1' });
    await coaching.ask(who, 'And stages?', { threadId: 't1' });
    expect(model.asked[1]?.history).toEqual([
      { role: 'user', text: 'What is a DAG?' },
      { role: 'assistant', text: 'A DAG is a graph.' },
    ]);
  });

  it('WHEN threads differ THEN their conversations are kept apart from each other and the learner own', async () => {
    const model = scriptedCoach({ ask: [ok('one'), ok('two'), ok('three')] });
    const { coaching } = coachingWorld(model, { daily: 10, adminDaily: 10 });
    await coaching.ask(who, 'In thread one', { threadId: 't1' });
    await coaching.ask(who, 'In thread two', { threadId: 't2' });
    await coaching.ask(who, 'In my DMs');
    expect(model.asked.map((input) => input.history.length)).toEqual([0, 0, 0]);
    expect(await coaching.isCoachThread('t1')).toBe(true);
    expect(await coaching.isCoachThread('t9')).toBe(false);
  });

  it('WHEN it grows past the cap THEN only the newest turns are kept', async () => {
    const answers = Array.from({ length: 7 }, (_, i) => ok(`answer ${i}`));
    const model = scriptedCoach({ ask: answers });
    const { coaching } = coachingWorld(model, { daily: 10, adminDaily: 10 });
    for (let i = 0; i < 7; i += 1) await coaching.ask(who, `question ${i}`);
    const last = model.asked[6]?.history ?? [];
    expect(last).toHaveLength(HISTORY_LIMITS.turns);
    expect(last[0]).toEqual({ role: 'user', text: 'question 2' });
    expect(last.at(-1)).toEqual({ role: 'assistant', text: 'answer 5' });
  });

  it('WHEN the turns are long THEN the history stays within the size cap', async () => {
    const long = 'x'.repeat(1_400);
    const model = scriptedCoach({ ask: Array.from({ length: 5 }, () => ok(long + long)) });
    const { coaching } = coachingWorld(model, { daily: 10, adminDaily: 10 });
    for (let i = 0; i < 5; i += 1) await coaching.ask(who, `${i}${long}`);
    const sizes = model.asked.map((input) => input.history.reduce((sum, turn) => sum + turn.text.length, 0));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(HISTORY_LIMITS.chars);
    expect(model.asked[4]?.history.length).toBeGreaterThan(0);
  });

  it('WHEN a day passes without a question THEN the conversation has expired', async () => {
    const model = scriptedCoach({ ask: [ok('first'), ok('second')] });
    const { coaching, advance } = coachingWorld(model);
    await coaching.ask(who, 'Hello?', { threadId: 't1' });
    advance(HISTORY_LIMITS.ttlMs + 1);
    expect(await coaching.isCoachThread('t1')).toBe(false);
    await coaching.ask(who, 'Still there?', { threadId: 't1' });
    expect(model.asked[1]?.history).toEqual([]);
  });
});

describe('GIVEN no API key (the offline coach)', () => {
  it('WHEN the learner asks THEN the day material answers, AI is off, and no quota is spent', async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    const outcome = await coaching.ask(who, 'What does the Cluster Manager do, and the driver?');
    expect(outcome).toMatchObject({ kind: 'offline', day: { day: { day: 31 } } });
    if (outcome.kind !== 'offline') throw new Error('expected offline');
    expect(outcome.material).toEqual([
      'Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
    ]);
    expect(await coaching.remaining(who.id)).toBe(3);
  });
});

describe('GIVEN a coach known to be offline and a zero quota', () => {
  it('WHEN the learner asks THEN they still get the offline answer, never a refusal', async () => {
    const { coaching } = coachingWorld(createOfflineCoach(), { daily: 0, adminDaily: 0 }, false);
    expect(await coaching.ask(who, 'What is a driver?')).toMatchObject({ kind: 'offline' });
  });
});

describe('GIVEN data written for a learner', () => {
  it('WHEN they ask THEN every key written for them is registered for export and forget-me', async () => {
    const { coaching, store } = coachingWorld(scriptedCoach({ ask: [ok('yes')] }));
    await coaching.ask(who, 'Registered?', { guildId: 'g1' });
    const keys = await learnerKeys(store, who.id);
    expect(keys).toContain('coach-quota:console:ada:2026-06-01');
    expect(keys).toContain('coach-conversation:learner:console:ada');
    expect(keys).toContain('coach-usage:learner:console:ada:total:input');
    expect(keys).toContain('coach-usage:learner:console:ada:day:2026-06-01:calls');
    expect(keys.some((key) => key.includes('coach-usage:server'))).toBe(false);
  });
});

describe('GIVEN a question about another day of the plan', () => {
  it('WHEN a learner on Day 31 asks offline how to create an RDD from a Python list THEN Day 32 answers it, and Day 31 does not come first', async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    const outcome = await coaching.ask(who, 'How do I create an RDD from a Python list?');
    if (outcome.kind !== 'offline') throw new Error('expected offline');
    expect(outcome.material).toEqual([]);
    expect(outcome.related.map((other) => other.place.day.day)).toEqual([32]);
    expect(outcome.related[0]?.material).toContain(
      'Task (30 min): Create RDDs, practice transformations and actions',
    );
    const text = renderAskOutcome(outcome);
    expect(text.split('\n')[0]).toBe(
      'AI answers are off here, so this comes straight from the plan: Day 32 · RDD Fundamentals covers this.',
    );
    expect(text).toContain('Open it with /day 32.');
    expect(text).toContain('Your day is Day 31 · Spark Architecture.');
    expect(text).not.toContain('pandas introduction');
  });

  it('WHEN the question is about the learner day THEN their day comes first', async () => {
    const { coaching } = coachingWorld(createOfflineCoach());
    const outcome = await coaching.ask(who, 'What is lazy evaluation?');
    if (outcome.kind !== 'offline') throw new Error('expected offline');
    const text = renderAskOutcome(outcome);
    expect(text.split('\n')[0]).toBe(
      'AI answers are off here, so this comes straight from the plan for Day 31 · Spark Architecture.',
    );
  });

  it('WHEN the AI coach is on THEN the model gets Day 32 beside the learner day', async () => {
    const model = scriptedCoach({ ask: [ok('Use sc.parallelize (from Day 32).')] });
    const { coaching } = coachingWorld(model);
    await coaching.ask(who, 'How do I create an RDD from a Python list?');
    expect(model.asked[0]?.day.day).toBe(31);
    expect(model.asked[0]?.related?.map((day) => day.day)).toEqual([32]);
  });

  it('WHEN the question is about the learner day alone THEN no other day goes to the model', async () => {
    const model = scriptedCoach({ ask: [ok('The driver plans.')] });
    const { coaching } = coachingWorld(model);
    await coaching.ask(who, 'What does the Cluster Manager do?');
    expect(model.asked[0]?.related).toEqual([]);
  });
});
