import { describe, expect, it } from 'vitest';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { FIXTURE, type AttachmentInput, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot, type BotSession } from './bot-session.js';

const silent = { info() {}, warn() {}, error() {} };
const learnerId = `discord:${FIXTURE.learner}`;
const MiB = 1024 * 1024;
const png = (bytes: number): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(bytes - 4, 7)]);

/** Opens Day 31's proof form with its Submit proof button, then sends it as the learner filled it in. */
async function submitForm(
  bot: BotSession,
  fields: Record<string, string>,
  file?: AttachmentInput,
): Promise<Json> {
  const opened = await bot.fake.interactions
    .button({ customId: 'day:proof:31', userId: FIXTURE.learner })
    .callback();
  expect(opened.type).toBe(9);
  return bot.fake.interactions
    .modal({
      customId: 'proof:31',
      fields,
      ...(file === undefined ? {} : { files: { file: [file] } }),
      userId: FIXTURE.learner,
    })
    .reply(10_000);
}

const completions = async (bot: BotSession) => {
  const loaded = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
  return loaded.kind === 'found' ? loaded.learner.completions : [];
};
const proofFileKeys = async (bot: BotSession) =>
  (await learnerKeys(bot.store, learnerId)).filter((key) => key.startsWith('proof-file:'));

describe('GIVEN a learner handing in proof with the Submit proof form', () => {
  const bot = useBot();

  it('WHEN the form opens THEN it has an optional upload for one file, in a Label under the text and link, above the share choice', async () => {
    const opened = await bot.fake.interactions
      .button({ customId: 'day:proof:31', userId: FIXTURE.learner })
      .callback();
    const labels = opened.data?.components as Json[];
    expect(labels.map((label) => (label.component as Json).custom_id)).toEqual([
      'proof',
      'link',
      'file',
      'share',
    ]);
    expect(labels[2]).toEqual({
      type: 18,
      label: 'A screenshot or file (optional)',
      description: 'I keep a copy up to 2 MB; share a larger one as a link.',
      component: { type: 19, custom_id: 'file', required: false, min_values: 0, max_values: 1 },
    });
  });

  it('WHEN it is sent with a file under 2 MB THEN the day is done, the file is kept, /export hands it back and /forget-me deletes it, as with /done file:', async () => {
    const bytes = png(300_000);
    const reply = await submitForm(
      bot,
      { proof: 'Drew the DAG of my job', link: '' },
      { filename: 'dag screenshot.png', content: bytes },
    );
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(reply.content).toContain(
      'I kept a copy of "dag_screenshot.png" with your proof; /export hands it back.',
    );
    expect(bot.fake.attachmentDownloads).toMatchObject([{ filename: 'dag_screenshot.png' }]);
    const [completion] = await completions(bot);
    expect(completion).toMatchObject({ day: 31, proof: { text: 'Drew the DAG of my job' } });
    expect(completion?.proof.links).toEqual([
      expect.stringMatching(/\/attachments\/\d+\/dag_screenshot\.png\?ex=/),
    ]);
    expect(await proofFileKeys(bot)).toHaveLength(1);

    const exported = await bot.fake.interactions
      .slash({ name: 'export', userId: FIXTURE.learner })
      .callback();
    const kept = exported.files.find((file) => file.name === 'proof-day31-dag_screenshot.png');
    expect(kept?.contentType).toBe('image/png');
    expect(kept?.data.equals(bytes)).toBe(true);

    const [key] = await proofFileKeys(bot);
    const asked = await bot.fake.interactions.slash({ name: 'forget-me', userId: FIXTURE.learner }).reply();
    const confirm = String(((asked.components as Json[])[0]?.components as Json[])[0]?.custom_id);
    await bot.fake.interactions
      .button({ customId: confirm, userId: FIXTURE.learner, message: asked })
      .reply();
    expect(await proofFileKeys(bot)).toEqual([]);
    expect(await bot.store.get(String(key))).toBeUndefined();
  });

  it('WHEN it is sent with a file over 2 MB THEN it is refused with the limit, how to send it instead and the text back, and nothing changes', async () => {
    const reply = await submitForm(
      bot,
      { proof: 'Recorded the Spark UI while the job ran', link: '' },
      { filename: 'recording.png', content: png(64), size: 3 * MiB + 200_000 },
    );
    expect(reply.content).toBe(
      [
        '"recording.png" is 3.2 MB: I keep proof files up to 2 MB, and Discord\'s link to a larger one expires in about a day. Nothing was saved.',
        'Press Submit proof again with a lasting link in the link box (a GitHub repo, a gist, a shared drive), or a smaller file.',
        'Your proof, to paste again:',
        'Recorded the Spark UI while the job ran',
      ].join('\n'),
    );
    expect(bot.fake.attachmentDownloads).toEqual([]);
    expect(await completions(bot)).toEqual([]);
    expect(await proofFileKeys(bot)).toEqual([]);
  });

  it('WHEN it is sent without a file THEN the day is done with the text and link as before, and nothing is downloaded', async () => {
    const reply = await submitForm(bot, { proof: 'Explained the DAG', link: 'https://github.com/lin/dag' });
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(reply.content).not.toContain('copy of');
    expect(await completions(bot)).toMatchObject([
      { day: 31, proof: { text: 'Explained the DAG', links: ['https://github.com/lin/dag'] } },
    ]);
    expect(bot.fake.attachmentDownloads).toEqual([]);
    expect(await proofFileKeys(bot)).toEqual([]);
  });
});

describe('GIVEN a learner who shares by default, and Day 31 posted with its thread', () => {
  const bot = useBot();

  it('WHEN the form is sent with a file THEN the proof is shared in the thread with the file link, as /done file: shares it', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    bot.setNow(START);
    await bot.app.app.runSchedulerPass();
    bot.setNow(new Date(START.getTime() + 60_000));
    await bot.app.app.runSchedulerPass();
    await bot.fake.interactions
      .slash({ name: 'settings', options: { share: 'on' }, userId: FIXTURE.learner })
      .reply();
    const thread = (bot.fake.world.guilds.get(FIXTURE.guild)?.channels ?? []).find(
      (channel) => channel.type === 11 && channel.parentId === FIXTURE.studyChannel,
    );

    const reply = await submitForm(
      bot,
      { proof: 'Drew the DAG of my job', link: '' },
      { filename: 'dag.png', content: png(2_000) },
    );
    expect(reply.content).toContain('I kept a copy of "dag.png" with your proof');
    expect(reply.content).toContain('Shared with the cohort in the Day 31 thread.');
    const [shared] = bot.fake.channelMessages(thread?.id ?? '') as Json[];
    const [embed] = shared?.embeds as Json[];
    expect(embed).toMatchObject({ description: 'Drew the DAG of my job' });
    expect((embed?.fields as Json[])[0]?.value).toMatch(/\/attachments\/\d+\/dag\.png\?ex=/);
  });
});
