import { describe, expect, it } from 'vitest';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import type { SlashOptionValue } from '../../support/fake-discord/slash-data.js';
import { START, adminSetup, useBot, type BotSession } from './bot-session.js';

const learnerId = `discord:${FIXTURE.learner}`;
const PROOF = 'Ran the word count <@1300000000000000001> @everyone';
const LINK = 'https://github.com/lin/spark-wordcount';

/** Two scheduler passes a minute apart: the first places the server on the wheel, the second posts. */
async function postNow(bot: BotSession, at: Date): Promise<void> {
  bot.setNow(at);
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(at.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
}

/** The id of Day 31's thread under the day's post (the thread takes the post's id). */
const day31Thread = (bot: BotSession): string => {
  const thread = (bot.fake.world.guilds.get(FIXTURE.guild)?.channels ?? []).find(
    (channel) => channel.type === 11 && channel.parentId === FIXTURE.studyChannel,
  );
  if (thread === undefined) throw new Error('no day thread');
  return thread.id;
};

const slash = (bot: BotSession, name: string, options: Record<string, SlashOptionValue> = {}) =>
  bot.fake.interactions.slash({ name, options, userId: FIXTURE.learner });

const completedDays = async (bot: BotSession): Promise<number[]> => {
  const record = (await bot.store.get(`learner:${learnerId}`)) as Json | undefined;
  const data = (record?.data ?? record) as Json | undefined;
  return ((data?.completions as Json[] | undefined) ?? []).map((c) => Number(c.day));
};

async function forgetMe(bot: BotSession): Promise<string> {
  const asked = await slash(bot, 'forget-me').reply();
  const confirm = (asked.components as Json[])
    .flatMap((row) => (row.components as Json[]).map((b) => String(b.custom_id)))
    .find((id) => id.startsWith('forget-me:confirm:'));
  const clicked = await bot.fake.interactions
    .button({ customId: confirm ?? '', userId: FIXTURE.learner, message: asked })
    .callback();
  return String(clicked.data?.content);
}

describe('GIVEN a cohort whose Day 31 is posted with its thread', () => {
  const bot = useBot();

  it('WHEN /done share:true THEN the proof is posted in the thread as an embed with no mention parsed, and /unshare deletes it', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);

    const reply = await slash(bot, 'done', { proof: PROOF, link: LINK, share: true }).reply();
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    const [shared, ...more] = bot.fake.channelMessages(thread) as Json[];
    expect(more).toEqual([]);
    expect(shared?.content).toBe('');
    const [embed] = shared?.embeds as Json[];
    expect(embed).toMatchObject({
      title: 'Lin finished Day 31 · Spark Architecture',
      description: PROOF,
      fields: [{ name: 'Links', value: LINK }],
    });
    const posts = bot.fake.requests.filter(
      (request) => request.method === 'POST' && request.path === `/channels/${thread}/messages`,
    );
    expect(posts.map((request) => (request.body as Json).allowed_mentions)).toEqual([{ parse: [] }]);
    expect(shared?.mentions).toEqual([]);
    expect(shared?.mention_everyone).toBe(false);

    const unshared = await slash(bot, 'unshare', { day: 31 }).reply();
    expect(String(unshared.content)).toBe(
      "Your Day 31 proof is no longer shared: I deleted my message in the day's thread.",
    );
    expect(bot.fake.channelMessages(thread)).toEqual([]);
    expect(await completedDays(bot)).toEqual([31]);
    const again = await slash(bot, 'unshare', { day: 31 }).reply();
    expect(String(again.content)).toBe('You have no shared proof for Day 31.');
  });

  it('WHEN Unshare is clicked under the confirmation THEN the shared message is deleted, the confirmation says so and loses the button', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);
    const reply = await slash(bot, 'done', { proof: PROOF, share: true }).reply();
    const buttons = (reply.components as Json[]).flatMap((row) => row.components as Json[]);
    expect(buttons.map((button) => [button.label, button.custom_id])).toEqual([['Unshare', 'unshare:31']]);
    expect(bot.fake.channelMessages(thread)).toHaveLength(1);

    const clicked = await bot.fake.interactions
      .button({ customId: 'unshare:31', userId: FIXTURE.learner, message: reply })
      .callback();
    expect(clicked.type).toBe(7);
    expect(String(clicked.data?.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(clicked.data?.content)).toContain('Your Day 31 proof is no longer shared');
    expect(clicked.data?.components).toEqual([]);
    expect(bot.fake.channelMessages(thread)).toEqual([]);
  });

  it('WHEN /done share:true with a file THEN the embed links to the attachment', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const file = { attachment: { filename: 'notes.txt', content: 'The DAG of my job' } };
    const reply = await slash(bot, 'done', { proof: 'Drew the DAG', share: true, file }).reply(10_000);
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    const [shared] = bot.fake.channelMessages(day31Thread(bot)) as Json[];
    const [field] = (shared?.embeds as Json[])[0]?.fields as Json[];
    expect(String(field?.value)).toMatch(/^https?:\/\/\S+notes\.txt\S*$/);
  });

  it('WHEN /done without share and sharing was never turned on THEN nothing is posted in the thread', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const reply = await slash(bot, 'done', { proof: PROOF }).reply();
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).not.toContain('hared');
    expect(reply.components).toEqual([]);
    expect(bot.fake.channelMessages(day31Thread(bot))).toEqual([]);
  });

  it('WHEN /settings share:on then /done without share THEN it is shared; /forget-me deletes the shared message', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);
    const settings = await slash(bot, 'settings', { share: 'on' }).reply();
    expect(String(settings.content)).toContain('Sharing: on.');

    await slash(bot, 'done', { proof: PROOF }).reply();
    expect(bot.fake.channelMessages(thread)).toHaveLength(1);

    const exported = await bot.app.app.privacy.exportData({ id: learnerId, displayName: 'Lin' });
    expect(JSON.stringify(exported)).toContain(`shared-proofs:${learnerId}`);
    expect(await forgetMe(bot)).toMatch(/^Done: everything I kept about you is deleted\./);
    expect(bot.fake.channelMessages(thread)).toEqual([]);
    expect(await bot.store.setMembers(`shared-proofs:${learnerId}`)).toEqual([]);
    expect(await bot.store.get(`share-default:${learnerId}`)).toBeUndefined();
  });
});

describe('GIVEN a learner who turned sharing on, and Day 31 posted with its thread', () => {
  const bot = useBot();

  it('WHEN the Submit proof form is sent THEN the proof is shared in the thread, and the reply says so', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    await slash(bot, 'settings', { share: 'on' }).reply();
    const reply = await bot.fake.interactions
      .modal({ customId: 'proof:31', fields: { proof: PROOF, link: LINK }, userId: FIXTURE.learner })
      .reply();
    expect(String(reply.content)).toContain('Shared with the cohort in the Day 31 thread.');
    const [shared] = bot.fake.channelMessages(day31Thread(bot)) as Json[];
    expect((shared?.embeds as Json[])[0]).toMatchObject({ description: PROOF, fields: [{ value: LINK }] });
  });

  it('WHEN /settings share:off then /done THEN nothing is posted', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    await slash(bot, 'settings', { share: 'on' }).reply();
    const off = await slash(bot, 'settings', { share: 'off' }).reply();
    expect(String(off.content)).toContain('Sharing: off.');
    await slash(bot, 'done', { proof: PROOF }).reply();
    expect(bot.fake.channelMessages(day31Thread(bot))).toEqual([]);
  });
});

describe('GIVEN Day 31 posted with its thread, and Discord refusing the bot there', () => {
  const bot = useBot();

  it('WHEN the thread refuses the share (403) THEN the day is completed and the reply says it could not be shared', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);
    bot.fake.faults.fail(`/channels/${thread}/messages`, 403, {
      code: 50013,
      message: 'Missing Permissions',
    });
    const reply = await slash(bot, 'done', { proof: PROOF, share: true }).reply();
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).toContain("Not shared: I couldn't post in the Day 31 thread (");
    expect(await completedDays(bot)).toEqual([31]);
    expect(await bot.store.setMembers(`shared-proofs:${learnerId}`)).toEqual([]);
  });

  it('WHEN the deletion fails (500) THEN /unshare says to try again, keeps the share, and a second /unshare deletes it', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);
    await slash(bot, 'done', { proof: PROOF, share: true }).reply();
    bot.fake.faults.fail(/\/channels\/\d+\/messages\/\d+$/, 500, { method: 'DELETE', times: 10 });
    const failed = await slash(bot, 'unshare', { day: 31 }).reply();
    expect(String(failed.content)).toMatch(/^I couldn't delete your Day 31 proof from the thread just now/);
    expect(bot.fake.channelMessages(thread)).toHaveLength(1);
    bot.fake.faults.clear();
    const again = await slash(bot, 'unshare', { day: 31 }).reply();
    expect(String(again.content)).toMatch(/^Your Day 31 proof is no longer shared/);
    expect(bot.fake.channelMessages(thread)).toEqual([]);
  });
});

describe('GIVEN a shared proof Discord refuses to delete', () => {
  const bot = useBot();

  it('WHEN /forget-me THEN everything else is deleted and the reply says one shared message is left for a moderator', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    const thread = day31Thread(bot);
    await slash(bot, 'done', { proof: PROOF, share: true }).reply();
    bot.fake.faults.fail(`/channels/${thread}/messages/:message`, 403, { method: 'DELETE', code: 50013 });
    const said = await forgetMe(bot);
    expect(said).toMatch(/^Done: everything I kept about you is deleted\./);
    expect(said).toContain(
      'Discord refused to delete 1 shared proof message of yours in the day threads: ask a moderator of the server to delete them.',
    );
    expect(await bot.store.get(`learner:${learnerId}`)).toBeUndefined();
    expect(await bot.store.setMembers(`shared-proofs:${learnerId}`)).toEqual([]);
  });
});

describe('GIVEN a server whose Day 31 is not posted yet', () => {
  const bot = useBot();

  it('WHEN /done share:true THEN the day is completed and the reply says why it could not be shared', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    const reply = await slash(bot, 'done', { proof: PROOF, share: true }).reply();
    expect(String(reply.content)).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(String(reply.content)).toContain(
      'Not shared: Day 31 has no thread in this server (it was not posted here, or its thread could not be opened). Your day is recorded.',
    );
    expect(await completedDays(bot)).toEqual([31]);
  });

  it('WHEN /help THEN it names the share option, /unshare and the sharing setting', async () => {
    const help = labelledLines(await slash(bot, 'help').reply()).join('\n');
    expect(help).toContain('/done proof [link] [file] [share]');
    expect(help).toContain('/unshare day: take back proof you shared');
    expect(help).toContain('[leaderboard] [share]');
  });

  it('WHEN /done share:true in a DM THEN the day is completed and the reply says sharing needs a server', async () => {
    const reply = await bot.fake.interactions
      .slash({ name: 'done', options: { proof: PROOF, share: true }, userId: FIXTURE.learner, guildId: null })
      .reply();
    expect(String(reply.content)).toContain('Not shared: proof is shared in a server');
    expect(await completedDays(bot)).toEqual([31]);
  });
});
