import { describe, expect, it } from 'vitest';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';

const words = (n: number): string =>
  Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'Spark.\n' : 'Spark')).join(' ');
const LINKEDIN =
  'Spark surprised me this week. Nothing runs until an action asks for a result: transformations only ' +
  'build a plan, a DAG of stages, and the driver hands tasks to executors when I call count() or write(). ' +
  'That is why my first job looked instant and then took a minute at the end. Lesson learned: think in ' +
  'actions, cache what you reuse, and read the Spark UI before guessing. What surprised you first? ' +
  '#Spark #BigData #DataEngineering';

describe('GIVEN a learner on Day 31 logging posts with /review (AI coach off)', () => {
  const bot = useBot();
  const review = (draft: string, kind?: 'linkedin' | 'blog') =>
    bot.fake.interactions
      .slash({
        name: 'review',
        options: {
          file: { attachment: { filename: 'draft.md', content: draft } },
          ...(kind === undefined ? {} : { kind }),
        },
        userId: FIXTURE.learner,
      })
      .reply(10_000);
  const progress = async () =>
    labelledLines(await bot.fake.interactions.slash({ name: 'progress', userId: FIXTURE.learner }).reply());

  it('WHEN the draft is six words THEN it is saved, says it is too short to count, and no post is counted', async () => {
    const reply = await review('Spark is lazy, I learned today.');
    expect(reply.content).toContain(
      'Saved, but too short to count as a LinkedIn post: 31 characters; it counts from 400 characters. Posts written: 0 LinkedIn, 0 blog.',
    );
    expect(await progress()).toContain('Posts: LinkedIn 0/12 · Blog 0/5');
  });

  it('WHEN a LinkedIn draft has 400 characters or more THEN it counts as one LinkedIn post', async () => {
    expect(LINKEDIN.length).toBeGreaterThanOrEqual(400);
    expect((await review(LINKEDIN)).content).toContain('Saved. Posts written: 1 LinkedIn, 0 blog.');
    expect(await progress()).toContain('Posts: LinkedIn 1/12 · Blog 0/5');
  });

  it('WHEN /review kind:blog gets 320 words THEN it counts as a blog post, not a LinkedIn one', async () => {
    const reply = await review(words(320), 'blog');
    expect(reply.content).toContain('Review of your blog post for Day 31');
    expect(reply.content).toContain('Saved. Posts written: 0 LinkedIn, 1 blog.');
    expect(await progress()).toContain('Posts: LinkedIn 0/12 · Blog 1/5');
  });

  it('WHEN /review kind:blog gets 250 words THEN it is saved and says it is too short to count as a blog post', async () => {
    const reply = await review(words(250), 'blog');
    expect(reply.content).toContain(
      '250 words: too short to count as a blog post (300 at least; aim for 600-2,500).',
    );
    expect(reply.content).toContain(
      'Saved, but too short to count as a blog post: 250 words; it counts from 300 words. Posts written: 0 LinkedIn, 0 blog.',
    );
  });
});
