import { afterEach, describe, expect, it } from 'vitest';
import { renderAskOutcome } from '../../../src/presenters/text/coaching-text.js';
import { textReply, type FakeAnthropic } from '../../support/fake-anthropic.js';
import { coachingWorld, who } from '../../app/coaching/coaching-world.js';
import { fenced, startCoach, userText } from './coach-under-test.js';

let fake: FakeAnthropic | undefined;
afterEach(() => fake?.close());

describe('GIVEN the AI coach on and a learner on Day 31', () => {
  it('WHEN they ask how to create an RDD from a Python list THEN Day 32 goes to the model as data, with the ask to cite it', async () => {
    const started = await startCoach();
    fake = started.fake;
    const { coaching } = coachingWorld(started.coach);
    fake.reply(
      textReply('Call sc.parallelize([1, 2, 3]) on your SparkContext (from Day 32 · RDD Fundamentals).'),
    );
    const outcome = await coaching.ask(who, 'How do I create an RDD from a Python list?');
    const prompt = userText(fake.requests[0]?.body);
    expect(prompt).toContain('The learner is on this day of the plan:\nDay 31 · Spark Architecture');
    const related = fenced(prompt, 'plan_days');
    expect(related).toContain(
      'Day 32 · RDD Fundamentals\nLearning objective: Master Resilient Distributed Datasets (RDDs)',
    );
    expect(related).not.toContain('Day 31 ·');
    expect(prompt).toContain('name it as "from Day N"');
    expect(outcome).toMatchObject({ kind: 'answered' });
    expect(renderAskOutcome(outcome)).toBe('2 questions left today');
  });

  it('WHEN they ask about their own day THEN no other day is sent', async () => {
    const started = await startCoach();
    fake = started.fake;
    const { coaching } = coachingWorld(started.coach);
    fake.reply(textReply('The cluster manager hands out executors.'));
    await coaching.ask(who, 'What does the Cluster Manager do?');
    const prompt = userText(fake.requests[0]?.body);
    expect(prompt).toContain('or (none):\n(none)');
    expect(prompt).not.toContain('<plan_days>');
  });
});
