import { describe, expect, it } from 'vitest';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { FIXTURE, type AttachmentInput, type Json } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

const silent = { info() {}, warn() {}, error() {} };
const learnerId = `discord:${FIXTURE.learner}`;
const MiB = 1024 * 1024;
const png = (bytes: number, fill = 7): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(bytes - 4, fill)]);

describe('GIVEN a learner handing in a file as proof with /done', () => {
  const bot = useBot();
  const done = (file: AttachmentInput, proof = 'Drew the DAG of my job') =>
    bot.fake.interactions.slash({
      name: 'done',
      options: { proof, file: { attachment: file } },
      userId: FIXTURE.learner,
    });
  const completions = async () => {
    const loaded = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
    return loaded.kind === 'found' ? loaded.learner.completions : [];
  };
  const proofFileKeys = async () =>
    (await learnerKeys(bot.store, learnerId)).filter((key) => key.startsWith('proof-file:'));

  it('WHEN the file is under 2 MB THEN its bytes are kept, /export attaches them, and /forget-me deletes them', async () => {
    const bytes = png(300_000);
    const reply = await done({ filename: 'dag screenshot.png', content: bytes }).reply(10_000);
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(reply.content).toContain(
      'I kept a copy of "dag_screenshot.png" with your proof; /export hands it back.',
    );
    expect(bot.fake.attachmentDownloads).toMatchObject([{ filename: 'dag_screenshot.png' }]);
    expect(await proofFileKeys()).toHaveLength(1);

    const exported = bot.fake.interactions.slash({ name: 'export', userId: FIXTURE.learner });
    const files = (await exported.callback()).files;
    expect(files.map((file) => [file.name, file.contentType])).toEqual([
      ['study-coach-data-2026-06-01.json', 'application/json; charset=utf-8'],
      ['portfolio-2026-06-01.md', 'text/markdown; charset=utf-8'],
      ['proof-day31-dag_screenshot.png', 'image/png'],
    ]);
    expect(files[2]?.data.equals(bytes)).toBe(true);
    const data = JSON.parse(files[0]?.data.toString('utf8') ?? '{}') as Json;
    expect(data.proofFiles).toMatchObject([
      { day: 31, file: 'proof-day31-dag_screenshot.png', name: 'dag_screenshot.png', size: 300_000 },
    ]);
    expect(JSON.stringify(data.records)).not.toContain('proof-file:');
    expect(files[1]?.data.toString('utf8')).toContain(
      '- proof-day31-dag_screenshot.png (a copy comes with this export)',
    );
    expect((await exported.reply()).content).toContain('proof-day…: the file you handed in as proof');

    const [key] = await proofFileKeys();
    const asked = await bot.fake.interactions.slash({ name: 'forget-me', userId: FIXTURE.learner }).reply();
    const confirm = String(((asked.components as Json[])[0]?.components as Json[])[0]?.custom_id);
    await bot.fake.interactions
      .button({ customId: confirm, userId: FIXTURE.learner, message: asked })
      .reply();
    expect(await proofFileKeys()).toEqual([]);
    expect(await bot.store.get(String(key))).toBeUndefined();
  });

  it('WHEN the file is over 2 MB THEN nothing is saved or downloaded, and the learner is asked for a lasting link with their text back', async () => {
    const reply = await done(
      { filename: 'recording.png', content: png(64), size: 3 * MiB + 200_000 },
      'Recorded the Spark UI while the job ran',
    ).reply(10_000);
    expect(reply.content).toBe(
      [
        '"recording.png" is 3.2 MB: I keep proof files up to 2 MB, and Discord\'s link to a larger one expires in about a day. Nothing was saved.',
        'Send /done again with a lasting link in link: (a GitHub repo, a gist, a shared drive), or a smaller file.',
        'Your proof, to paste again:',
        'Recorded the Spark UI while the job ran',
      ].join('\n'),
    );
    expect(bot.fake.attachmentDownloads).toEqual([]);
    expect(await completions()).toEqual([]);
  });

  it('WHEN the download fails THEN the day is still recorded with the link, and the learner hears the file was not kept', async () => {
    const reply = await done({ filename: 'dag.png', content: png(64), status: 404 }).reply(10_000);
    expect(reply.content).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(reply.content).toContain(
      'I couldn\'t keep a copy of "dag.png", so your proof has only its link, which expires in about a day.',
    );
    const [completion] = await completions();
    expect(completion?.proof.links[0]).toMatch(/\/attachments\/\d+\/dag\.png\?ex=/);
    expect(await proofFileKeys()).toEqual([]);
  });

  it("WHEN six files of 1.9 MB are kept THEN /export sends them within Discord's 10 MiB a message, in follow-ups", async () => {
    for (let n = 0; n < 6; n += 1) {
      const reply = await done({ filename: `day-${n}.png`, content: png(1.9 * MiB, n) }).reply(10_000);
      expect(reply.content).toContain('I kept a copy');
    }
    const exported = bot.fake.interactions.slash({ name: 'export', userId: FIXTURE.learner });
    await exported.reply(10_000);
    const more = await exported.followUp(1, 10_000);
    expect(more).toMatchObject({ content: 'More of your proof files:', flags: 64 });
    const sent = bot.fake.requests.filter(
      (request) => request.path.includes(exported.token) || request.path.includes(`/${exported.id}/`),
    );
    const names = sent.flatMap((request) => request.files.map((file) => file.name));
    expect(names).toEqual([
      'study-coach-data-2026-06-01.json',
      'portfolio-2026-06-01.md',
      ...[31, 32, 33, 34, 35, 36].map((day, n) => `proof-day${day}-day-${n}.png`),
    ]);
    expect(sent.every((request) => request.status !== undefined && request.status < 300)).toBe(true);
    expect(sent.map((request) => request.files.length)).toEqual([6, 2]);
  });
});
