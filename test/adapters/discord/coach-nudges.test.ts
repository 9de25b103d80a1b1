import { describe, expect, it } from 'vitest';
import { serverKey } from '../../../src/app/storage/server-records.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { labelledLines } from '../../support/visible-text.js';
import { adminSetup, START, useBot } from './bot-session.js';

const EPHEMERAL = 64;

describe('GIVEN a server and its admin in Discord', () => {
  const bot = useBot();
  const nudges = (state: string, userId: string = FIXTURE.admin) =>
    bot.fake.interactions.slash({ name: 'coach', subcommand: 'nudges', options: { state }, userId });
  // /coach status is an embed: its lines, as a reader sees them.
  const status = async () =>
    labelledLines(
      await bot.fake.interactions
        .slash({ name: 'coach', subcommand: 'status', userId: FIXTURE.admin })
        .reply(),
    ).join('\n');
  const stored = () => bot.records.load(FIXTURE.guild, START);

  it('WHEN /coach nudges before setup THEN it says to set up first, and nothing is stored', async () => {
    expect((await nudges('on').reply()).content).toBe(
      "This server isn't set up yet. Run /coach setup first; nudges are off by default.",
    );
    expect(await stored()).toBeNull();
  });

  it('WHEN set up THEN nudges are off; WHEN turned on, then off THEN each reply says what happens, the record and /coach status follow', async () => {
    await adminSetup(bot, { time: '09:00', timezone: 'Europe/Berlin' });
    expect(await stored()).toMatchObject({ nudges: false });
    expect(await status()).toContain('At-risk nudges: off. /coach nudges state:on turns them on.');

    const on = await nudges('on').callback();
    expect(on.data).toMatchObject({
      content:
        'At-risk nudges are on: a learner idle or 3+ days behind gets one friendly DM a week, after their daily reminder (never to anyone who turned reminders off or paused).',
      flags: EPHEMERAL,
    });
    expect(await stored()).toMatchObject({ nudges: true });
    expect(await status()).toContain('At-risk nudges: on, one friendly DM a week after the reminder.');

    // Setting the schedule again keeps the admin's choice.
    await adminSetup(bot, { time: '10:00', timezone: 'Europe/Berlin' });
    expect(await stored()).toMatchObject({ time: '10:00', nudges: true });

    expect((await nudges('off').reply()).content).toBe(
      'At-risk nudges are off. /coach nudges state:on turns them on.',
    );
    expect(await stored()).toMatchObject({ nudges: false });
  });

  it('WHEN a member without Manage Server runs /coach nudges THEN refused in code, and the switch stays off', async () => {
    await adminSetup(bot, { time: '09:00', timezone: 'Europe/Berlin' });
    expect((await nudges('on', FIXTURE.learner).reply()).content).toBe(
      'Only members with the Manage Server permission can use /coach. Nothing was changed.',
    );
    expect(await stored()).toMatchObject({ nudges: false });
  });

  it('WHEN the server record was written before the switch existed (version 2) THEN it reads as off, and turning it on writes version 3', async () => {
    await bot.store.set(serverKey(FIXTURE.guild), {
      v: 2,
      data: {
        guildId: FIXTURE.guild,
        channelId: FIXTURE.studyChannel,
        time: '09:00',
        timezone: 'Europe/Berlin',
        startDate: '2026-06-01',
        paused: false,
        recaps: true,
        problem: null,
      },
    });
    expect(await stored()).toMatchObject({ time: '09:00', recaps: true, nudges: false });
    expect(await status()).toContain('At-risk nudges: off.');
    await nudges('on').reply();
    expect(await bot.store.get(serverKey(FIXTURE.guild))).toMatchObject({ v: 3, data: { nudges: true } });
  });
});
