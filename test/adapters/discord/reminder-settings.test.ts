import { describe, expect, it } from 'vitest';
import { dueBatches, minuteOf, type DueKind } from '../../../src/app/delivery/wheel.js';
import type { Store } from '../../../src/app/ports.js';

/** The ids placed in one minute of the wheel. */
async function dueIn(store: Store, kind: DueKind, from: number, to: number): Promise<string[]> {
  const due: string[] = [];
  for await (const batch of dueBatches(store, kind, { from, to })) due.push(...batch);
  return due;
}
import { Learners } from '../../../src/app/storage/learners.js';
import { defaultWorld, FIXTURE, type FakeWorld } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

const silent = { info() {}, warn() {}, error() {} };
const unix = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);
const LEARNERS = Array.from({ length: 12 }, (_, i) => `14000000000000000${String(i).padStart(2, '0')}`);

/** The default guild with twelve more plain members. */
function crowdedWorld(): FakeWorld {
  const world = defaultWorld();
  const [guild] = world.guilds;
  if (guild === undefined) throw new Error('no guild');
  return {
    ...world,
    users: [...world.users, ...LEARNERS.map((id, i) => ({ id, username: `learner${i}` }))],
    guilds: [{ ...guild, members: [...guild.members, ...LEARNERS.map((userId) => ({ userId, roles: [] }))] }],
  };
}

describe('GIVEN a learner in a server at 06:00 UTC', () => {
  const bot = useBot();
  const settings = (options: Record<string, string>) =>
    bot.fake.interactions.slash({ name: 'settings', options, userId: FIXTURE.learner }).reply();

  it('WHEN /settings reminder:07:30 THEN the reply names the first DM as a Discord timestamp', async () => {
    const at = unix('2026-06-01T07:30:00Z');
    expect((await settings({ reminder: '07:30' })).content).toContain(
      `Reminder: your day by DM at 07:30 your time. The first: <t:${at}:F> (<t:${at}:R>).`,
    );
  });

  it("WHEN today's day is already done and /settings reminder:07:30 THEN it says today is skipped and the first is tomorrow", async () => {
    await bot.fake.interactions
      .slash({ name: 'done', options: { proof: 'Drew the DAG of a job' }, userId: FIXTURE.learner })
      .reply();
    const at = unix('2026-06-02T07:30:00Z');
    expect((await settings({ reminder: '07:30' })).content).toContain(
      `The first: <t:${at}:F> (<t:${at}:R>); none today, you've done today's day.`,
    );
  });

  it('WHEN the cohort starts on 2026-06-03 THEN the reply says no reminder comes before the start date', async () => {
    await bot.app.app.servers.setup(FIXTURE.guild, {
      channelId: FIXTURE.studyChannel,
      time: '09:00',
      timezone: 'UTC',
      startDate: '2026-06-03',
    });
    const at = unix('2026-06-03T07:30:00Z');
    expect((await settings({ reminder: '07:30' })).content).toContain(
      `The first: <t:${at}:F> (<t:${at}:R>); none before your start date, 2026-06-03.`,
    );
  });
});

describe('GIVEN a new learner in New York at 22:00 on 2026-05-31 (02:00 UTC on 2026-06-01)', () => {
  const bot = useBot({ now: new Date('2026-06-01T02:00:00Z') });

  it('WHEN their first command is /settings timezone:America/New_York reminder:07:00 THEN their calendar starts on their own date', async () => {
    await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner, guildId: null }).reply();
    const reply = await bot.fake.interactions
      .slash({
        name: 'settings',
        options: { timezone: 'America/New_York', reminder: '07:00' },
        userId: FIXTURE.learner,
        guildId: null,
      })
      .reply();
    const stored = await new Learners(bot.store, { now: () => START }, silent).load(
      `discord:${FIXTURE.learner}`,
    );
    expect(stored).toMatchObject({ learner: { startDate: '2026-05-31', timezone: 'America/New_York' } });
    const at = unix('2026-06-01T11:00:00Z');
    expect(reply.content).toContain(`The first: <t:${at}:F> (<t:${at}:R>).`);
  });
});

describe('GIVEN twelve learners setting a reminder two minutes ahead while opening DM channels is slow', () => {
  const bot = useBot({ world: crowdedWorld });

  it('WHEN they all run /settings reminder:06:02 THEN each is in the wheel for today before any DM channel opens, and each gets today’s reminder', async () => {
    // Discord answers the first DM-channel open with a 3 s rate limit: every open waits behind it.
    bot.fake.faults.rateLimit('/users/@me/channels', { method: 'POST', retryAfterMs: 3_000 });
    const replies = LEARNERS.map((userId) =>
      bot.fake.interactions.slash({ name: 'settings', options: { reminder: '06:02' }, userId }).reply(10_000),
    );
    const minute = minuteOf(new Date('2026-06-01T06:02:00Z'));
    const opened = () =>
      bot.fake.requests.filter(
        (r) => r.method === 'POST' && r.path === '/users/@me/channels' && r.status === 200,
      );

    const until = Date.now() + 2_500;
    while ((await dueIn(bot.store, 'remind', minute, minute)).length < LEARNERS.length && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opened()).toHaveLength(0);
    expect((await dueIn(bot.store, 'remind', minute, minute)).sort()).toEqual(
      LEARNERS.map((id) => `discord:${id}`).sort(),
    );

    await Promise.all(replies);
    bot.setNow(new Date('2026-06-01T06:02:00Z'));
    await bot.app.app.runSchedulerPass();
    for (const userId of LEARNERS)
      expect(bot.fake.channelMessages(bot.fake.dmChannelId(userId))).toHaveLength(1);
  }, 20_000);
});

describe('GIVEN a learner who joined a cohort starting today (Berlin), at 23:00 in Los Angeles the day before', () => {
  const bot = useBot();

  it('WHEN they /settings timezone:America/Los_Angeles THEN their calendar stays the cohort’s', async () => {
    await bot.app.app.servers.setup(FIXTURE.guild, {
      channelId: FIXTURE.studyChannel,
      time: '09:00',
      timezone: 'Europe/Berlin',
      startDate: '2026-06-01',
    });
    await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    await bot.fake.interactions
      .slash({ name: 'settings', options: { timezone: 'America/Los_Angeles' }, userId: FIXTURE.learner })
      .reply();
    const stored = await new Learners(bot.store, { now: () => START }, silent).load(
      `discord:${FIXTURE.learner}`,
    );
    expect(stored).toMatchObject({ learner: { startDate: '2026-06-01', timezone: 'America/Los_Angeles' } });
  });
});
