import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordNotifier } from '../../../src/adapters/discord/messaging/discord-notifier.js';
import { openStore } from '../../../src/adapters/store/open-store.js';
import { nudgeMarkerKey } from '../../../src/app/delivery/at-risk-nudge.js';
import { markerStateOf } from '../../../src/app/delivery/deliver-once.js';
import { createWheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import type { Store } from '../../../src/app/ports.js';
import { Learners } from '../../../src/app/storage/learners.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import type { Completion, Learner } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import {
  defaultWorld,
  FIXTURE,
  startFakeDiscord,
  type FakeDiscord,
} from '../../support/fake-discord/index.js';
import { appUnderTest } from '../../support/app-under-test.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { TestClock, TestLogger } from '../../app/delivery/daily-posts-fixture.js';

const plan = tinyPlan({ first: 31, count: 10 });
const graceMs = 12 * 3_600_000;
// 2026-06-01 is a Monday: the learners' calendars start then, and 06-08 begins the next ISO week.
const GUILD = FIXTURE.guild;
const QUIET_GUILD = '1200000000000000002';
const USERS = {
  paused: '1300000000000000101',
  onPace: '1300000000000000102',
  remindersOff: '1300000000000000103',
  finished: '1300000000000000104',
};

const done = (day: number, localDate: string): Completion => ({
  day,
  proof: { text: 'did it', links: [] },
  at: `${localDate}T18:00:00.000Z`,
  localDate,
  assessment: null,
});
/** Day 31 on Monday, then nothing: on Thursday they have been away 3 days (at risk). */
const AWAY_SINCE_MONDAY = [done(31, '2026-06-01')];

let fake: FakeDiscord;
let rest: REST;
let folder: string;
let open: Store[] = [];

beforeEach(async () => {
  const world = defaultWorld();
  fake = await startFakeDiscord({
    world: {
      ...world,
      users: [...world.users, ...Object.entries(USERS).map(([username, id]) => ({ id, username }))],
    },
  });
  rest = new REST({ api: fake.apiUrl, retries: 1 }).setToken(fake.token);
  folder = await mkdtemp(join(tmpdir(), 'nudge-'));
});

afterEach(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  for (const store of open) await store.close();
  open = [];
  await fake.close();
  await rm(folder, { recursive: true, force: true });
});

/** The app over a SQLite file, as a process of the bot builds it; a second call is the process after a restart. */
async function coachProcess(now: string) {
  const logger = new TestLogger();
  const store = await openStore(`sqlite://${join(folder, 'coach.sqlite')}`, { namespace: 'nudge', logger });
  open.push(store);
  const clock = new TestClock(new Date(now));
  const app = appUnderTest({ plan, store, clock, logger, notifier: createDiscordNotifier(rest), graceMs });
  const learners = new Learners(store, clock, logger);
  const wheel = createWheelPlacement({ store, plan, graceMs });
  return {
    app,
    store,
    learners,
    logger,
    async stop() {
      await store.close();
      open = open.filter((one) => one !== store);
    },
    tick: (at: string) => (clock.set(at), app.runSchedulerPass()),
    /** A server set up with nudges on (or left at their default, off). */
    async server(guildId: string, nudges: boolean) {
      await new ServerRecords(store, logger).save({
        guildId,
        channelId: FIXTURE.studyChannel,
        time: '07:00',
        timezone: 'UTC',
        startDate: '2026-06-01',
        paused: false,
        recaps: false,
        nudges: false,
        problem: null,
      });
      if (nudges) expect(await app.servers.setNudges(guildId, true)).toMatchObject({ kind: 'nudges-set' });
    },
    /** A learner with reminders at 09:00 UTC (unless changed), seen in `guildId`, in the wheel. */
    async learner(userId: string, guildId: string, change: Partial<Learner> = {}) {
      const learner: Learner = {
        ...newLearner({
          id: `discord:${userId}`,
          displayName: 'Lin @everyone',
          timezone: 'UTC',
          startDate: '2026-06-01',
        }),
        reminderTime: '09:00',
        ...change,
      };
      await learners.save(learner);
      await noteServerLearner(store, guildId, learner.id);
      await wheel.placeReminder(learner, clock.now());
      return learner;
    },
  };
}

const dmsOf = (userId: string) => fake.channelMessages(fake.dmChannelId(userId));
const nudgesOf = (userId: string) =>
  dmsOf(userId).filter((message) => String(message.content).startsWith("Hi, it's your coach."));
/** A text DM without its hidden reference line. */
const wordsOf = (message: { content?: unknown } | undefined) =>
  String(message?.content).split('\n-# ref ')[0];

const THURSDAY_NUDGE = [
  "Hi, it's your coach. It's been 3 days since your last study day. That happens, and everything you've done is still here.",
  'One step for today: the 30-minute task of Day 32 · Topic 32, right above (/today shows it too).',
  "If life got in the way, /shift starts your calendar again from Day 32, or /pause holds it until you're back.",
  '-# At most one of these a week.',
].join('\n');

describe('GIVEN a server with nudges on and a learner away since Monday (SQLite store, fake Discord)', () => {
  it('WHEN Thursday 09:00 comes THEN the reminder opens with their day and cards, then one friendly nudge follows', async () => {
    const coach = await coachProcess('2026-06-04T08:55:00Z');
    await coach.server(GUILD, true);
    await coach.learner(FIXTURE.learner, GUILD, { completions: AWAY_SINCE_MONDAY });

    const report = await coach.tick('2026-06-04T09:00:00Z');

    expect(report.counts).toEqual({ 'remind:sent': 1, 'nudge:sent': 1 });
    const [reminder, nudge] = dmsOf(FIXTURE.learner);
    // Their streak broke on Tuesday: the line says nothing about a streak.
    expect(reminder).toMatchObject({
      content: 'Day 32 of 40 · 2 recall cards due (/recall)',
      embeds: [{ title: 'Day 32 · Topic 32' }],
    });
    expect(wordsOf(nudge)).toBe(THURSDAY_NUDGE);
    const nudgeRequest = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'))[1];
    expect(nudgeRequest?.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('WHEN the days pass, the process restarts midweek, and the next week comes THEN one nudge a week, never two', async () => {
    const first = await coachProcess('2026-06-04T08:55:00Z');
    await first.server(GUILD, true);
    await first.learner(FIXTURE.learner, GUILD, { completions: AWAY_SINCE_MONDAY });
    await first.tick('2026-06-04T09:00:00Z');
    await first.tick('2026-06-04T09:01:00Z');
    await first.stop();

    const second = await coachProcess('2026-06-05T08:00:00Z');
    const friday = await second.tick('2026-06-05T09:00:00Z');
    for (const day of ['06', '07']) await second.tick(`2026-06-${day}T09:00:00Z`);
    // The week's marker holds across the restart: the reminder alone, no second nudge, not even a try.
    expect(friday.counts).toEqual({ 'remind:sent': 1 });
    expect(nudgesOf(FIXTURE.learner)).toHaveLength(1);

    const monday = await second.tick('2026-06-08T09:00:00Z');
    expect(monday.counts).toEqual({ 'remind:sent': 1, 'nudge:sent': 1 });
    const nudges = nudgesOf(FIXTURE.learner);
    expect(nudges).toHaveLength(2);
    expect(wordsOf(nudges[1])).toMatch(/^Hi, it's your coach\. It's been 7 days since your last study day\./);
    // Five reminders (Thursday to Monday) and two nudges, nothing else.
    expect(dmsOf(FIXTURE.learner)).toHaveLength(7);
  });

  it('WHEN they /forget-me after a nudge THEN the export listed its marker, and forget-me removes it', async () => {
    const coach = await coachProcess('2026-06-04T08:55:00Z');
    await coach.server(GUILD, true);
    const learner = await coach.learner(FIXTURE.learner, GUILD, { completions: AWAY_SINCE_MONDAY });
    await coach.tick('2026-06-04T09:00:00Z');
    const marker = nudgeMarkerKey(learner.id, '2026-06-01');
    expect(await markerStateOf(coach.store, marker)).toBe('sent');

    const exported = await coach.app.privacy.exportData({ id: learner.id, displayName: 'Lin' });
    if (exported.kind !== 'export') throw new Error(exported.kind);
    expect(Object.keys(exported.data.records)).toContain(`state:${marker}`);

    expect(await coach.app.privacy.forget({ id: learner.id, displayName: 'Lin' })).toMatchObject({
      kind: 'forgotten',
    });
    expect(await markerStateOf(coach.store, marker)).toBe('open');
    expect(await coach.store.get(`state:${marker}`)).toBeUndefined();
  });
});

describe('GIVEN learners the nudge must leave alone, in one pass on Thursday 09:00', () => {
  it('WHEN their server left nudges off, they are paused, on pace, finished, or turned reminders off THEN no nudge goes out', async () => {
    const coach = await coachProcess('2026-06-04T08:55:00Z');
    await coach.server(GUILD, true);
    await coach.server(QUIET_GUILD, false);
    // Away since Monday too, but their only server never turned nudges on.
    await coach.learner(FIXTURE.learner, QUIET_GUILD, { completions: AWAY_SINCE_MONDAY });
    await coach.learner(USERS.paused, GUILD, {
      completions: AWAY_SINCE_MONDAY,
      pauses: [{ from: '2026-06-02', to: null }],
    });
    // Three days in a row: their streak ends tonight unless they study, which is no reason to nudge.
    const onPace = [done(31, '2026-06-01'), done(32, '2026-06-02'), done(33, '2026-06-03')];
    await coach.learner(USERS.onPace, GUILD, { completions: onPace });
    await coach.learner(USERS.remindersOff, GUILD, { completions: AWAY_SINCE_MONDAY, reminderTime: null });
    const everyDay = plan.days.map((day, index) =>
      done(day.day, `2026-05-${String(20 + index).padStart(2, '0')}`),
    );
    await coach.learner(USERS.finished, GUILD, { completions: everyDay });

    const report = await coach.tick('2026-06-04T09:00:00Z');

    // The paused learner's turn comes and sends nothing.
    expect(report.counts).toEqual({ 'remind:sent': 2, 'remind:not-due': 1 });
    for (const userId of [FIXTURE.learner, USERS.onPace]) expect(dmsOf(userId)).toHaveLength(1);
    expect(dmsOf(USERS.onPace)[0]).toMatchObject({
      content: expect.stringMatching(/^Day 34 of 40 · 3-day streak · \d+ recall cards due \(\/recall\)$/),
    });
    // No DM channel was ever opened for the rest.
    const opened = fake.requests.filter((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(opened.map((r) => (r.body as { recipient_id: string }).recipient_id).sort()).toEqual(
      [FIXTURE.learner, USERS.onPace].sort(),
    );
  });

  it('WHEN the learner had done nothing yet, on their first day THEN the reminder line is their day alone, and no nudge', async () => {
    const coach = await coachProcess('2026-06-01T08:55:00Z');
    await coach.server(GUILD, true);
    await coach.learner(FIXTURE.learner, GUILD);
    expect((await coach.tick('2026-06-01T09:00:00Z')).counts).toEqual({ 'remind:sent': 1 });
    expect(dmsOf(FIXTURE.learner).map((message) => message.content)).toEqual(['Day 31 of 40']);
  });
});

describe('GIVEN at-risk learners whose DMs are closed, in a server with nudges on', () => {
  it('WHEN their DMs were closed all along THEN one 403 (the reminder), reminders off, and nothing tried again for days', async () => {
    const coach = await coachProcess('2026-06-04T08:55:00Z');
    await coach.server(GUILD, true);
    const learner = await coach.learner(FIXTURE.closedDms, GUILD, { completions: AWAY_SINCE_MONDAY });
    for (const at of [
      '2026-06-04T09:00:00Z',
      '2026-06-04T09:05:00Z',
      '2026-06-05T09:00:00Z',
      '2026-06-08T09:00:00Z',
    ])
      await coach.tick(at);
    expect(fake.stats().byStatus['403']).toBe(1);
    expect(await markerStateOf(coach.store, nudgeMarkerKey(learner.id, '2026-06-01'))).toBe('open');
    expect(await coach.learners.load(learner.id)).toMatchObject({
      learner: { dmBlocked: 'blocked', reminderTime: null },
    });
  });

  it('WHEN the reminder went out but the nudge right after it is refused (403) THEN the refusal is recorded, reminders go off, and nothing is retried', async () => {
    const coach = await coachProcess('2026-06-04T08:55:00Z');
    await coach.server(GUILD, true);
    const learner = await coach.learner(FIXTURE.learner, GUILD, { completions: AWAY_SINCE_MONDAY });
    fake.faults.fail('/channels/:id/messages', 403, {
      method: 'POST',
      after: 1,
      code: 50007,
      message: 'Cannot send messages to this user',
    });

    const thursday = await coach.tick('2026-06-04T09:00:00Z');
    for (const at of ['2026-06-04T09:01:00Z', '2026-06-05T09:00:00Z', '2026-06-08T09:00:00Z'])
      await coach.tick(at);

    expect(thursday.counts).toEqual({ 'remind:sent': 1, 'nudge:refused': 1 });
    expect(fake.stats().byStatus['403']).toBe(1);
    expect(dmsOf(FIXTURE.learner)).toHaveLength(1);
    expect(await markerStateOf(coach.store, nudgeMarkerKey(learner.id, '2026-06-01'))).toBe('refused');
    expect(await coach.learners.load(learner.id)).toMatchObject({
      learner: { dmBlocked: 'blocked', reminderTime: null },
    });
  });
});
