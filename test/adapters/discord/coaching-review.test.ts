import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { COACH_NOT_ADMIN } from '../../../src/adapters/discord/render/server-admin-text.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { jsonReply, textReply } from '../../support/fake-anthropic.js';
import { sampleReview } from '../../support/scripted-coach.js';
import { START, useBot } from './bot-session.js';
import { useFakeAnthropic, userText } from './coaching-support.js';

const silent = { info() {}, warn() {}, error() {} };
const DRAFT = 'Spark does nothing until an action.\n\nThat surprised me. #Spark #BigData #DataEngineering';

describe('GIVEN the bot with the AI coach on', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN /review without a file THEN a draft form opens, and its draft is reviewed: verdict first, then the checks', async () => {
    const callback = await bot.fake.interactions
      .slash({ name: 'review', userId: FIXTURE.learner })
      .callback();
    expect(callback.type).toBe(9);
    expect(callback.data).toMatchObject({ custom_id: 'review:auto', title: 'Review your post draft' });
    expect(String(callback.data?.title).length).toBeLessThanOrEqual(45);
    const input = ((callback.data?.components as Json[])[0] as Json).component as Json;
    expect(input).toMatchObject({ custom_id: 'draft', required: true, max_length: 4000 });

    anthropic.fake().reply(jsonReply(sampleReview()));
    const reply = await bot.fake.interactions
      .modal({ customId: 'review:auto', fields: { draft: DRAFT }, userId: FIXTURE.learner })
      .reply(10_000);
    const lines = String(reply.content).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Review of your LinkedIn post for Day 31: "Moving from streaming to batch: First impressions of Apache Spark"',
      'Verdict: Almost there',
      '- Covers the objective: 4/5 · Explains the driver and executors.',
    ]);
    expect(reply.content).toContain('Checks:\n');
    // A draft this short is saved and reviewed, but is not a post written (under 400 characters).
    expect(reply.content).toContain('Saved, but too short to count as a LinkedIn post: ');
    expect(reply.content).toContain('Posts written: 0 LinkedIn, 0 blog.');
    expect(reply.flags).toBe(64);
    expect(userText(anthropic.fake().requests.at(-1)?.body)).toContain(
      '<learner_draft>\nSpark does nothing until an action.\n\nThat surprised me.',
    );
  });

  it('WHEN /review kind:blog THEN the form is for a blog post', async () => {
    const callback = await bot.fake.interactions
      .slash({ name: 'review', options: { kind: 'blog' }, userId: FIXTURE.learner })
      .callback();
    expect(callback.data).toMatchObject({ custom_id: 'review:blog', title: 'Review your blog post draft' });
  });

  it('WHEN proof is submitted by the form THEN the day is done with the checkpoint feedback, stored with it', async () => {
    const assessment = {
      verdict: 'meets',
      why: 'Explains lazy evaluation with an example.',
      nextStep: 'Try it on a real file.',
    };
    anthropic.fake().reply(jsonReply(assessment));
    const reply = await bot.fake.interactions
      .modal({
        customId: 'proof:31',
        fields: { proof: 'Explained lazy evaluation', link: '' },
        userId: FIXTURE.learner,
      })
      .reply(10_000);
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(reply.content).toContain(
      'Checkpoint feedback: meets the checkpoint.\nWhy: Explains lazy evaluation',
    );
    const loaded = await new Learners(bot.store, { now: () => START }, silent).load(
      `discord:${FIXTURE.learner}`,
    );
    expect(loaded).toMatchObject({ learner: { completions: [{ day: 31, assessment }] } });
  });

  it('WHEN an admin runs /coach usage after a question THEN the server usage is shown; a learner is refused', async () => {
    anthropic.fake().reply(textReply('Short answer.'));
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'Why?' },
      userId: FIXTURE.learner,
    });
    await bot.fake.waitForRequest('PATCH', new RegExp(`${asked.token}/messages/@original`), 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const usage = await bot.fake.interactions
      .slash({ name: 'coach', subcommand: 'usage', userId: FIXTURE.admin })
      .reply();
    expect(usage.content).toMatch(
      /^AI coach usage in this server\nToday \(2026-06-01, UTC\): 1 call · \d+ input tokens · 42 output/,
    );
    const refused = await bot.fake.interactions
      .slash({ name: 'coach', subcommand: 'usage', userId: FIXTURE.learner })
      .reply();
    expect(refused.content).toBe(COACH_NOT_ADMIN);
  });
});

describe('GIVEN the bot without an API key', () => {
  const bot = useBot();

  it('WHEN /ask THEN the day material answers and says AI answers are off', async () => {
    const asked = bot.fake.interactions.slash({
      name: 'ask',
      options: { question: 'What does the Cluster Manager do?' },
      userId: FIXTURE.learner,
    });
    const reply = await asked.reply(5_000);
    expect(reply.content).toMatch(
      /^AI answers are off here, so this comes straight from the plan for Day 31/,
    );
  });

  it('WHEN a draft is sent by the form THEN the checks come back without a rubric', async () => {
    const reply = await bot.fake.interactions
      .modal({ customId: 'review:auto', fields: { draft: DRAFT }, userId: FIXTURE.learner })
      .reply(5_000);
    expect(reply.content).toContain('The AI review is off here (no API key); these checks still apply.');
  });
});
