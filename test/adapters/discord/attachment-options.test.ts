import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { MAX_DRAFT_FILE_BYTES } from '../../../src/adapters/discord/review-file.js';
import { FIXTURE, type AttachmentInput } from '../../support/fake-discord/index.js';
import { jsonReply } from '../../support/fake-anthropic.js';
import { sampleReview } from '../../support/scripted-coach.js';
import { START, useBot } from './bot-session.js';
import { useFakeAnthropic, userText } from './coaching-support.js';

const silent = { info() {}, warn() {}, error() {} };
const learnerId = `discord:${FIXTURE.learner}`;
const DRAFT = '# Spark is lazy\n\nSpark does nothing until an action.\n\n#Spark #BigData #DataEngineering';

describe('GIVEN the bot with the AI coach on, and a learner attaching files', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });
  const completions = async () => {
    const loaded = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
    return loaded.kind === 'found' ? loaded.learner.completions : [];
  };
  const review = (attachment: AttachmentInput) =>
    bot.fake.interactions.slash({
      name: 'review',
      options: { file: { attachment } },
      userId: FIXTURE.learner,
    });

  it('WHEN /done proof:<text> file:<screenshot> THEN the file URL is a proof link, the file is fetched, and the completion is stored', async () => {
    const assessment = { verdict: 'meets', why: 'Shows the DAG.', nextStep: 'Read the stages tab.' };
    anthropic.fake().reply(jsonReply(assessment));
    const used = bot.fake.interactions.slash({
      name: 'done',
      options: {
        proof: 'Drew the DAG of my job',
        file: {
          attachment: { filename: 'dag screenshot.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
        },
      },
      userId: FIXTURE.learner,
    });
    const reply = await used.reply(10_000);
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    const [done] = await completions();
    const [link] = done?.proof.links ?? [];
    expect(link).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/attachments\/\d+\/dag_screenshot\.png\?ex=[0-9a-f]+&is=/,
    );
    expect(done).toMatchObject({ day: 31, proof: { text: 'Drew the DAG of my job' }, assessment });
    expect(userText(anthropic.fake().requests.at(-1)?.body)).toContain(String(link));
    // The link expires in about a day, so the bytes are kept too (test/adapters/discord/proof-files.test.ts).
    expect(bot.fake.attachmentDownloads).toMatchObject([{ filename: 'dag_screenshot.png' }]);
  });

  it('WHEN /review file:<draft.md> THEN the file is downloaded, reviewed against the day, and stored', async () => {
    anthropic.fake().reply(jsonReply(sampleReview()));
    const reply = await review({ filename: 'draft.md', content: `\uFEFF${DRAFT}` }).reply(10_000);
    expect(String(reply.content).split('\n').slice(0, 2)).toEqual([
      'Review of your LinkedIn post for Day 31: "Moving from streaming to batch: First impressions of Apache Spark"',
      'Verdict: Almost there',
    ]);
    expect(reply.flags).toBe(64);
    expect(bot.fake.attachmentDownloads).toMatchObject([{ filename: 'draft.md' }]);
    expect(userText(anthropic.fake().requests.at(-1)?.body)).toContain(`<learner_draft>\n${DRAFT}`);
    expect(await bot.app.app.reviews.list(learnerId)).toMatchObject([{ day: 31, draft: DRAFT }]);
  });

  it.each<[string, AttachmentInput, string, number]>([
    [
      'a .md over 20,000 characters',
      { filename: 'long.md', content: 'Spark. '.repeat(3_600) },
      'That draft is 25,199 characters; I can review up to 20,000. Trim it and send it again.',
      1,
    ],
    [
      'a file Discord reports as too big to hold 20,000 characters',
      { filename: 'huge.txt', content: 'Spark.', size: MAX_DRAFT_FILE_BYTES + 1 },
      'That file is too big: keep the draft under 20,000 characters.',
      0,
    ],
    [
      'a .pdf',
      { filename: 'draft.pdf', content: '%PDF-1.7' },
      'I can read drafts from .md or .txt files; "draft.pdf" is neither.',
      0,
    ],
  ])(
    'WHEN /review file:<%s> THEN one line, nothing sent to the model and nothing stored',
    async (_what, file, line, downloads) => {
      const modelCalls = anthropic.fake().requests.length;
      const reply = await review(file).reply(10_000);
      expect(reply).toMatchObject({ content: line, flags: 64 });
      expect(bot.fake.attachmentDownloads).toHaveLength(downloads);
      expect(anthropic.fake().requests).toHaveLength(modelCalls);
      expect(await bot.app.app.reviews.list(learnerId)).toEqual([]);
    },
  );
});
