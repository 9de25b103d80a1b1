import { describe, expect, it } from 'vitest';
import { Learners } from '../../../src/app/storage/learners.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';
import { visibleText } from '../../support/visible-text.js';

const EPHEMERAL = 64;
const learnerId = `discord:${FIXTURE.learner}`;
const setUpCohort = (bot: ReturnType<typeof useBot>, startDate: string) =>
  bot.app.app.servers.setup(FIXTURE.guild, {
    channelId: FIXTURE.studyChannel,
    time: '09:00',
    timezone: 'Europe/Berlin',
    startDate,
  });
const embedsOf = (message: Json) => message.embeds as Json[];
const customIds = (message: Json) =>
  (message.components as Json[]).flatMap((row) =>
    (row.components as Json[]).map((button) => button.custom_id),
  );

describe('GIVEN a learner in a server', () => {
  const bot = useBot();
  const slash = (name: string, options?: Record<string, string | number>) =>
    bot.fake.interactions.slash({ name, options, userId: FIXTURE.learner });

  it('WHEN /today THEN an ephemeral reply with the day embed, Mark done and Submit proof, and the pace', async () => {
    const used = slash('today');
    const callback = await used.callback();
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    const reply = await used.reply();
    expect(embedsOf(reply)[0]).toMatchObject({ title: 'Day 31 · Spark Architecture' });
    expect(customIds(reply)).toEqual(['day:done:31', 'day:proof:31']);
    expect(reply.content).toBe("You're on pace.\nStreak: 0 days (best 0)");
  });

  it('WHEN /today in a server whose cohort is on Day 33 THEN the learner joins its calendar and sees the cohort line', async () => {
    await setUpCohort(bot, '2026-05-30');
    const reply = await slash('today').reply();
    expect(reply.content).toContain("The cohort is on Day 33; you're 2 behind.");
    const stored = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
    expect(stored).toMatchObject({ learner: { startDate: '2026-05-30', timezone: 'Europe/Berlin' } });
  });

  it('WHEN /day number:45 THEN that day without buttons; /day number:99 THEN one line and the range', async () => {
    const day = await slash('day', { number: 45 }).reply();
    expect(embedsOf(day)[0]?.title).toMatch(/^Day 45 · /);
    expect(day.components).toEqual([]);
    const missing = slash('day', { number: 99 });
    expect((await missing.callback()).data).toMatchObject({
      content: "There's no such day in this plan. Days run from 31 to 60.",
      flags: EPHEMERAL,
    });
  });

  it('WHEN /done with proof and a link THEN the day is done, and /progress counts it against the cohort', async () => {
    await setUpCohort(bot, '2026-06-01');
    const done = await slash('done', {
      proof: 'Explained lazy evaluation',
      link: 'https://github.com/lin/dag',
    }).reply();
    expect(done.content).toMatch(/^Day 31 · Spark Architecture: done\. Streak: 1 day/);
    const progress = await slash('progress').reply();
    expect(visibleText(progress)).toContain('Progress: 1/30 days done');
    expect(visibleText(progress)).toContain("The cohort is on Day 31; you're 1 ahead.");
  });

  it('WHEN /settings with a timezone and a reminder THEN both are saved; bad input changes nothing', async () => {
    const saved = await slash('settings', { timezone: 'Asia/Tokyo', reminder: '07:30' }).reply();
    expect(saved.content).toContain('Saved.\nTimezone: Asia/Tokyo');
    expect(saved.content).toContain('Reminder: your day by DM at 07:30 your time.');
    const badZone = await slash('settings', { timezone: 'Mars/Olympus' }).reply();
    expect(badZone.content).toMatch(/^That timezone isn't one I know\./);
    const badTime = await slash('settings', { reminder: '25:00' }).reply();
    expect(badTime.content).toContain('"25:00" isn\'t a time I can use.');
    const shown = await slash('settings').reply();
    expect(shown.content).toContain('Your settings:\nTimezone: Asia/Tokyo');
    expect(shown.content).toContain('07:30');
  });

  it('WHEN /settings turns the reminder on THEN the DM channel is opened then and kept, and the first reminder is one request', async () => {
    const saved = await slash('settings', { reminder: '08:00' }).reply();
    expect(saved.content).toContain('Reminder: your day by DM at 08:00 your time.');
    const opened = bot.fake.requests.filter((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(opened.map((r) => r.body)).toEqual([{ recipient_id: FIXTURE.learner }]);
    const dm = bot.fake.dmChannelId(FIXTURE.learner);
    expect(await bot.store.get(`dm-channel:${FIXTURE.learner}`)).toBe(dm);

    bot.setNow(new Date('2026-06-01T08:00:00Z'));
    await bot.app.app.runSchedulerPass();

    const opens = bot.fake.requests.filter((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(opens).toHaveLength(1);
    expect(bot.fake.channelMessages(dm)).toHaveLength(1);
  });

  it('WHEN /settings turns the reminder on and Discord refuses the DM (403) THEN the reply says so, and reminders stay off', async () => {
    bot.fake.faults.fail('/users/@me/channels', 403, {
      code: 50007,
      message: 'Cannot send messages to this user',
    });
    const reply = await slash('settings', { reminder: '08:00' }).reply();
    expect(String(reply.content).split('\n').slice(0, 3)).toEqual([
      "I can't DM you: your DMs are closed for this server. Open them and run /settings again.",
      'Timezone: UTC (your date there is 2026-06-01).',
      'Reminder: off.',
    ]);
    const stored = await new Learners(bot.store, { now: () => START }, silent).load(learnerId);
    expect(stored).toMatchObject({ learner: { reminderTime: null, dmBlocked: 'told' } });
  });

  it('WHEN /help THEN the commands, privately', async () => {
    const help = slash('help');
    expect((await help.callback()).data?.flags).toBe(EPHEMERAL);
    expect(visibleText(await help.reply())).toContain('/done proof [link] [file]');
  });
});

describe('GIVEN a learner in DMs', () => {
  const bot = useBot();

  it('WHEN /today THEN a plain (not ephemeral) reply, and the same progress as in the server', async () => {
    const inServer = bot.fake.interactions.slash({
      name: 'done',
      options: { proof: 'Drew the DAG' },
      userId: FIXTURE.learner,
    });
    await inServer.reply();
    const used = bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner, guildId: null });
    const callback = await used.callback();
    expect(callback.type).toBe(4);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(embedsOf(await used.reply())[0]?.title).toMatch(/^Day 32 · /);
  });
});

const silent = { info() {}, warn() {}, error() {} };
