import { describe, expect, it } from 'vitest';
import { labelledLines } from '../../support/visible-text.js';
import { FIXTURE, Permission, type FakeChannel, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot } from './bot-session.js';

const MINUTE_MS = 60_000;
type Bot = ReturnType<typeof useBot>;

/**
 * Replaces #study in the fake's guild (a permission changed), or removes it (deleted) with
 * null, and tells the bot over the gateway as Discord does (CHANNEL_UPDATE, CHANNEL_DELETE).
 */
async function changeStudyChannel(bot: Bot, channel: FakeChannel | null): Promise<void> {
  const guild = bot.fake.world.guilds.get(FIXTURE.guild);
  if (guild === undefined) throw new Error('no guild');
  const at = guild.channels.findIndex((candidate) => candidate.id === FIXTURE.studyChannel);
  const before = bot.fake.world.place(FIXTURE.studyChannel);
  const deleted = before === undefined ? null : bot.fake.world.channelJson(before);
  if (channel === null) guild.channels.splice(at, 1);
  else guild.channels[at] = channel;
  const after = bot.fake.world.place(FIXTURE.studyChannel);
  if (after === undefined) bot.fake.gateway.dispatch('CHANNEL_DELETE', deleted);
  else bot.fake.gateway.dispatch('CHANNEL_UPDATE', bot.fake.world.channelJson(after));
  // Let the client take the event in before the test goes on.
  await new Promise((resolve) => setTimeout(resolve, 100));
}

const STUDY: FakeChannel = { id: FIXTURE.studyChannel, name: 'study' };
const STUDY_WITHOUT_SEND: FakeChannel = {
  ...STUDY,
  overwrites: [{ id: FIXTURE.botRole, type: 'role', deny: Permission.SendMessages }],
};

/** The scheduler's pass at `minutes` after the bot's start, as the cron would run it. */
async function passAt(bot: Bot, minutes: number): Promise<void> {
  bot.setNow(new Date(START.getTime() + minutes * MINUTE_MS));
  await bot.app.app.runSchedulerPass();
}

const coach = (bot: Bot, subcommand: string) =>
  bot.fake.interactions.slash({ name: 'coach', subcommand, userId: FIXTURE.admin }).reply();
const adminDms = (bot: Bot): readonly Json[] => bot.fake.channelMessages(bot.fake.dmChannelId(FIXTURE.admin));
const dayTitles = (bot: Bot, channelId: string) =>
  bot.fake.channelMessages(channelId).map((message) => (message.embeds as Json[] | undefined)?.[0]?.title);

describe('GIVEN a server whose Day 31 post was refused: the bot lost Send Messages in #study', () => {
  const bot = useBot();

  it('WHEN /coach resume before the fix THEN it names what is missing; WHEN after the fix THEN Day 31 is posted within a minute, and the admin had one DM about it', async () => {
    // 07:30 in Berlin is 05:30 UTC: half an hour before the bot's clock, within grace.
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await changeStudyChannel(bot, STUDY_WITHOUT_SEND);
    await passAt(bot, 0);
    await passAt(bot, 1);
    await passAt(bot, 2);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(0);
    expect(adminDms(bot)).toHaveLength(1);
    expect(String(adminDms(bot)[0]?.content)).toMatch(
      new RegExp(`^I couldn't post Day 31 in <#${FIXTURE.studyChannel}>: I'm not allowed to post there\\.`),
    );

    expect((await coach(bot, 'resume')).content).toBe(
      `I can't post in <#${FIXTURE.studyChannel}>: I'm missing Send Messages there. Grant them and run /coach resume again.`,
    );
    // Tried again and refused again: still nothing posted, and no second DM.
    await passAt(bot, 3);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(0);
    await changeStudyChannel(bot, STUDY);
    expect((await coach(bot, 'resume')).content).toBe(
      "The coach wasn't paused; the Day 31 post that failed will be posted now.",
    );
    await passAt(bot, 4);

    expect(dayTitles(bot, FIXTURE.studyChannel)).toEqual(['Day 31 · Spark Architecture']);
    expect(labelledLines(await coach(bot, 'status'))).toContain('Problems: none.');
    await passAt(bot, 5);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
    expect(adminDms(bot)).toHaveLength(1);
  });

  it('WHEN #study was deleted and the admin runs /coach setup with #general THEN Day 31 is posted there within a minute', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await changeStudyChannel(bot, null);
    await passAt(bot, 0);
    await passAt(bot, 1);
    expect(String(adminDms(bot)[0]?.content)).toMatch(/no longer exists/);

    const setup = await bot.fake.interactions
      .slash({
        name: 'coach',
        subcommand: 'setup',
        userId: FIXTURE.admin,
        options: {
          channel: { channel: FIXTURE.generalChannel },
          time: '07:30',
          timezone: 'Europe/Berlin',
          start: '2026-06-01',
        },
      })
      .reply();
    expect(setup.content).toMatch(
      new RegExp(`^Set up\\. Day 31 will be posted in <#${FIXTURE.generalChannel}> now`),
    );
    await passAt(bot, 2);

    expect(dayTitles(bot, FIXTURE.generalChannel)).toEqual(['Day 31 · Spark Architecture']);
    expect(adminDms(bot)).toHaveLength(1);
  });
});
