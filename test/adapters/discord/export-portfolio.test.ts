import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { jsonReply } from '../../support/fake-anthropic.js';
import { sampleReview } from '../../support/scripted-coach.js';
import { useBot } from './bot-session.js';
import { originalEdits, useFakeAnthropic } from './coaching-support.js';

const DRAFT = '# Spark is lazy\n\nSpark does nothing until an action.\n\n#Spark #BigData #DataEngineering';

describe('GIVEN a learner with a post reviewed by the AI coach', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });
  const slash = (name: string, options?: Parameters<typeof bot.fake.interactions.slash>[0]['options']) =>
    bot.fake.interactions.slash({ name, options, userId: FIXTURE.learner });

  it('WHEN /export THEN the portfolio is text/markdown and names the rubric in words, not field names', async () => {
    anthropic.fake().reply(jsonReply(sampleReview()));
    await slash('review', { file: { attachment: { filename: 'draft.md', content: DRAFT } } }).reply(10_000);
    const files = (await slash('export').callback()).files;
    const portfolio = files.find((file) => file.name === 'portfolio-2026-06-01.md');
    expect(portfolio?.contentType).toBe('text/markdown; charset=utf-8');
    expect(files.find((file) => file.name.endsWith('.json'))?.contentType).toBe(
      'application/json; charset=utf-8',
    );
    const text = portfolio?.data.toString('utf8') ?? '';
    expect(text).toContain('- Covers the objective: 4 of 5. Explains the driver and executors.');
    expect(text).toContain('- Call to action: 3 of 5. Ends without a question.');
    expect(text).toContain('0 of 30 days done, 1 post reviewed.');
    expect(text).not.toMatch(/coversObjective|technicallyAccurate|callToAction|fitsFormat|\d\/5/);
  });
});

describe('GIVEN a store slower than the bot waits before deferring', () => {
  const slow = (store: Store): Store => ({
    ...store,
    get: async (key) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return store.get(key);
    },
  });
  const bot = useBot({ store: slow, deferAfterMs: 20 });

  it('WHEN /export THEN the deferred reply is edited with the files, each with its media type', async () => {
    await bot.fake.interactions
      .slash({ name: 'done', options: { proof: 'Explained lazy evaluation' }, userId: FIXTURE.learner })
      .reply(5_000);
    const used = bot.fake.interactions.slash({ name: 'export', userId: FIXTURE.learner });
    expect((await used.callback()).type).toBe(5);
    await used.reply(5_000);
    const edit = originalEdits(bot.fake.requests, used.token).at(-1);
    expect(edit?.files.map((file) => [file.name, file.contentType])).toEqual([
      ['study-coach-data-2026-06-01.json', 'application/json; charset=utf-8'],
      ['portfolio-2026-06-01.md', 'text/markdown; charset=utf-8'],
    ]);
  });
});
