import { describe, expect, it } from 'vitest';
import { EMBED_COLORS } from '../../../src/adapters/discord/render/embed-colors.js';
import { embedsOf, labelledLines } from '../../support/visible-text.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

const EPHEMERAL = 64;
const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const setupOptions = (change: Record<string, string> = {}) => ({
  channel: { channel: FIXTURE.studyChannel },
  time: '09:00',
  timezone: 'Europe/Berlin',
  start: '2026-06-01',
  ...change,
});

describe('GIVEN an admin with Manage Server', () => {
  const bot = useBot();
  const coach = (
    subcommand: string,
    options?: Parameters<typeof setupOptions>[0] | ReturnType<typeof setupOptions>,
  ) => bot.fake.interactions.slash({ name: 'coach', subcommand, options, userId: FIXTURE.admin });
  const stored = () => bot.records.load(FIXTURE.guild, START);

  it('WHEN /coach setup THEN it says exactly which day goes where and when, and the settings are stored', async () => {
    const used = coach('setup', setupOptions());
    const callback = await used.callback();
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    const at = unix('2026-06-01T07:00:00Z');
    expect(callback.data?.content).toBe(
      `Set up. Day 31 will be posted in <#${FIXTURE.studyChannel}> at <t:${at}:F> (<t:${at}:R>), then every day at 09:00 (Europe/Berlin).`,
    );
    expect(await stored()).toMatchObject({ channelId: FIXTURE.studyChannel, time: '09:00', paused: false });
  });

  it.each([
    ['time', '25:00', '"25:00" isn\'t a time. Give the post time as 24-hour HH:MM, like 09:00.'],
    ['timezone', 'Mars/Olympus', "That timezone isn't one I know. Try a name like Europe/Berlin"],
    [
      'start',
      '2026-04-01',
      "Starting on 2026-04-01 puts the cohort past Day 60, the plan's last day. Pick a later start date.",
    ],
    [
      'start',
      'next monday',
      '"next monday" isn\'t a date. Give the start date as YYYY-MM-DD, like 2026-06-01.',
    ],
  ])('WHEN /coach setup with %s:%s THEN one line and nothing stored', async (option, value, words) => {
    const reply = await coach('setup', setupOptions({ [option]: value })).reply();
    expect(reply.content).toContain(words);
    expect(String(reply.content).split('\n')).toHaveLength(1);
    expect(await stored()).toBeNull();
  });

  it('WHEN /coach setup names a channel the bot cannot see THEN the missing permission is reported and nothing stored', async () => {
    const reply = await coach(
      'setup',
      setupOptions({ channel: { channel: FIXTURE.lockedChannel } } as never),
    ).reply();
    expect(reply.content).toBe(
      `I can't post in <#${FIXTURE.lockedChannel}>: I'm missing View Channel there. Grant them and run /coach setup again.`,
    );
    expect(await stored()).toBeNull();
  });

  it('WHEN /coach status after setup, with a problem recorded THEN schedule, next post, cohort day, day threads, problem and usage', async () => {
    await coach('setup', setupOptions({ start: '2026-05-30' })).reply();
    await bot.records.recordProblem(
      FIXTURE.guild,
      { reason: 'forbidden', slotDate: '2026-06-01', channelId: FIXTURE.studyChannel },
      START,
    );
    const at = unix('2026-06-01T07:00:00Z');
    const status = await coach('status').reply();
    expect(status.content).toBe('');
    expect(embedsOf(status)).toMatchObject([{ title: 'Coach status', color: EMBED_COLORS.problem }]);
    expect(labelledLines(status)).toEqual([
      `Schedule: <#${FIXTURE.studyChannel}> every day at 09:00 (Europe/Berlin).`,
      `Next post: Day 33 at <t:${at}:F> (<t:${at}:R>).`,
      'Cohort: on Day 33 (started 2026-05-30).',
      'Section recaps: on, one post as the cohort finishes each section.',
      'At-risk nudges: off. /coach nudges state:on turns them on.',
      'Day poll: off. /coach poll state:on turns it on.',
      `Day threads: Create Public Threads and Send Messages in Threads granted in <#${FIXTURE.studyChannel}>; each day gets its thread.`,
      `Problem: The 2026-06-01 post failed: I'm not allowed to post in <#${FIXTURE.studyChannel}>. Grant View Channel, Send Messages and Embed Links there, then run /coach resume.`,
      'AI coach: off (no API key); answers come from the plan.',
    ]);
  });

  it('WHEN /coach pause, pause, resume, resume THEN each says what happened and the record follows', async () => {
    await coach('setup', setupOptions()).reply();
    expect((await coach('pause').reply()).content).toMatch(/^Paused\./);
    expect((await coach('pause').reply()).content).toMatch(/^Already paused\./);
    expect(await stored()).toMatchObject({ paused: true });
    const paused = await coach('status').reply();
    expect(embedsOf(paused)[0]?.color).toBe(EMBED_COLORS.ok);
    expect(labelledLines(paused)).toContain('Paused: nothing is posted until /coach resume.');
    expect((await coach('resume').reply()).content).toMatch(/^Resumed\. Day 31 will be posted at <t:\d+:F>/);
    expect((await coach('resume').reply()).content).toMatch(/^The coach isn't paused\./);
    expect(await stored()).toMatchObject({ paused: false });
  });

  it('WHEN /coach status before setup THEN how to set it up', async () => {
    expect((await coach('status').reply()).content).toMatch(
      /^This server isn't set up yet\. Run \/coach setup/,
    );
  });
});

describe('GIVEN a member without Manage Server', () => {
  const bot = useBot();

  it('WHEN /coach setup THEN refused in code, privately, and nothing stored', async () => {
    const used = bot.fake.interactions.slash({
      name: 'coach',
      subcommand: 'setup',
      options: setupOptions(),
      userId: FIXTURE.learner,
    });
    const callback = await used.callback();
    expect(callback.data).toMatchObject({
      content: 'Only members with the Manage Server permission can use /coach. Nothing was changed.',
      flags: EPHEMERAL,
    });
    expect(await bot.records.load(FIXTURE.guild, START)).toBeNull();
    expect(await bot.records.listGuildIds()).toEqual([]);
  });

  it('WHEN /coach pause THEN refused too', async () => {
    const used = bot.fake.interactions.slash({ name: 'coach', subcommand: 'pause', userId: FIXTURE.learner });
    expect((await used.reply()).content).toMatch(/^Only members with the Manage Server permission/);
  });
});
