import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/app/ports.js';
import { cachedServers } from '../../../src/app/caching/cached-servers.js';
import { TtlCache } from '../../../src/app/caching/ttl-cache.js';
import { dailyPostLedger } from '../../../src/app/delivery/daily-post.js';
import { nonceOf } from '../../../src/app/delivery/deliver-once.js';
import { noWheel, type WheelPlacement } from '../../../src/app/delivery/wheel-placement.js';
import { createServers } from '../../../src/app/servers/servers.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import { cohortOn } from '../../../src/core/schedule/cohort.js';
import { paceAgainstCohort } from '../../../src/core/schedule/cohort-pace.js';
import type { ServerSettings } from '../../../src/core/schedule/server-schedule.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const plan = tinyPlan({ first: 31, count: 5 });
const silent: Logger = { info() {}, warn() {}, error() {} };
// 2026-06-01 08:00 in Berlin (CEST, UTC+2).
const NOW = new Date('2026-06-01T06:00:00Z');
const GUILD = 'g1';

function world() {
  const store = createMemoryStore();
  const records = new ServerRecords(store, silent);
  const calls: string[] = [];
  const wheel: WheelPlacement = {
    ...noWheel,
    placeServer: async (settings: ServerSettings) => void calls.push(`schedule ${settings.guildId}`),
    removeServer: async (guildId: string) => void calls.push(`unschedule ${guildId}`),
  };
  const servers = createServers({
    plan,
    records,
    clock: { now: () => NOW },
    wheel,
    graceMs: 12 * 3_600_000,
    posts: dailyPostLedger(store),
    noteAdmin: async () => undefined,
    usageReport: null,
  });
  const cached = cachedServers(servers, new TtlCache<ServerSettings | null>(30_000, 100));
  /** The cohort as learner commands see it: through the cache a running bot keeps. */
  const cohortOf = async (guildId: string, at: Date) =>
    cohortOn(plan, await cached.settingsOf(guildId, at), at);
  return { store, records, servers, cached, cohortOf, calls };
}

const input = { channelId: 'c1', time: '09:00', timezone: 'Europe/Berlin', startDate: '2026-06-01' };

describe('server setup', () => {
  it('GIVEN a start date today before the post time WHEN set up THEN the first day is posted at 09:00 local, and it is stored and scheduled', async () => {
    const { servers, records, calls } = world();
    const outcome = await servers.setup(GUILD, input);
    expect(outcome).toMatchObject({ kind: 'set-up', firstDay: 31, postsNow: false });
    expect(outcome.kind === 'set-up' && outcome.nextPostAt?.toISOString()).toBe('2026-06-01T07:00:00.000Z');
    expect(await records.load(GUILD, NOW)).toMatchObject({ channelId: 'c1', paused: false, problem: null });
    expect(await records.listGuildIds()).toEqual([GUILD]);
    expect(calls).toEqual([`schedule ${GUILD}`]);
  });

  it.each([
    [{ time: '25:00' }, 'bad-time'],
    [{ timezone: 'Mars/Olympus' }, 'unknown-timezone'],
    [{ startDate: '2026-02-30' }, 'bad-date'],
    [{ startDate: '2026-05-01' }, 'past-last-day'],
  ])('GIVEN %o WHEN set up THEN %s and nothing is stored or scheduled', async (change, kind) => {
    const { servers, records, calls } = world();
    expect((await servers.setup(GUILD, { ...input, ...change })).kind).toBe(kind);
    expect(await records.load(GUILD, NOW)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('GIVEN the post time passed today within grace WHEN set up THEN the day goes out now', async () => {
    const { servers } = world();
    const outcome = await servers.setup(GUILD, { ...input, time: '07:30' });
    expect(outcome).toMatchObject({ kind: 'set-up', firstDay: 31, postsNow: true });
  });
});

describe('pause, resume and status', () => {
  it('GIVEN a set-up server WHEN paused twice and resumed twice THEN each second call says so', async () => {
    const { servers, calls } = world();
    await servers.setup(GUILD, input);
    expect((await servers.pause(GUILD)).kind).toBe('paused');
    expect((await servers.pause(GUILD)).kind).toBe('already-paused');
    expect((await servers.status(GUILD)).kind === 'status').toBe(true);
    expect(await servers.resume(GUILD)).toMatchObject({ kind: 'resumed', nextDay: 31 });
    expect((await servers.resume(GUILD)).kind).toBe('not-paused');
    expect(calls).toEqual([`schedule ${GUILD}`, `unschedule ${GUILD}`, `schedule ${GUILD}`]);
  });

  it('GIVEN a problem recorded by the scheduler WHEN status THEN it is shown with the cohort day', async () => {
    const { servers, records } = world();
    await servers.setup(GUILD, { ...input, startDate: '2026-05-30' });
    const problem = { reason: 'forbidden', slotDate: '2026-06-01', channelId: 'c1' } as const;
    await records.recordProblem(GUILD, problem, NOW);
    expect(await servers.status(GUILD)).toMatchObject({
      kind: 'status',
      cohort: { kind: 'day', day: 33 },
      nextDay: 33,
      problem,
      usage: null,
    });
  });

  it('GIVEN no setup WHEN pause, resume, status THEN not-set-up', async () => {
    const { servers } = world();
    expect((await servers.pause(GUILD)).kind).toBe('not-set-up');
    expect((await servers.resume(GUILD)).kind).toBe('not-set-up');
    expect((await servers.status(GUILD)).kind).toBe('not-set-up');
  });
});

describe('pace against the cohort', () => {
  it('GIVEN the cohort on Day 33 WHEN the learner is on Day 31 THEN 2 behind; when finished THEN ahead', async () => {
    const { servers, cohortOf } = world();
    await servers.setup(GUILD, { ...input, startDate: '2026-05-30' });
    const cohort = await cohortOf(GUILD, NOW);
    expect(paceAgainstCohort(plan, cohort, 31)).toEqual({ kind: 'cohort-day', day: 33, behind: 2 });
    expect(paceAgainstCohort(plan, cohort, null)).toEqual({ kind: 'cohort-day', day: 33, behind: -3 });
    expect(paceAgainstCohort(plan, await cohortOf('never-set-up', NOW), 31)).toEqual({ kind: 'no-cohort' });
  });

  it('GIVEN a burst of learner commands THEN the cohort is read from the store once, and setup changes it at once', async () => {
    const { cached, cohortOf, store } = world();
    let reads = 0;
    const get = store.get.bind(store);
    store.get = (key) => ((reads += key.startsWith('server:') ? 1 : 0), get(key));
    await cached.setup(GUILD, { ...input, startDate: '2026-05-30' });
    reads = 0;
    const cohorts = await Promise.all(Array.from({ length: 50 }, () => cohortOf(GUILD, NOW)));
    expect(new Set(cohorts.map((cohort) => cohort?.startDate))).toEqual(new Set(['2026-05-30']));
    expect(reads).toBe(1);
    await cached.setup(GUILD, { ...input, startDate: '2026-05-31' });
    expect((await cohortOf(GUILD, NOW))?.startDate).toBe('2026-05-31');
  });

  it('GIVEN another process changes the cohort THEN learner commands here see it within 30 seconds', async () => {
    const { cached, cohortOf, records } = world();
    await cached.setup(GUILD, { ...input, startDate: '2026-05-30' });
    expect((await cohortOf(GUILD, NOW))?.startDate).toBe('2026-05-30');
    const settings = await records.load(GUILD, NOW);
    if (settings === null) throw new Error('setup stored nothing');
    // The other process: its own records over the same store.
    await records.save({ ...settings, startDate: '2026-05-31' });
    expect((await cohortOf(GUILD, new Date(NOW.getTime() + 29_999)))?.startDate).toBe('2026-05-30');
    expect((await cohortOf(GUILD, new Date(NOW.getTime() + 30_000)))?.startDate).toBe('2026-05-31');
  });
});

describe('a refused daily post', () => {
  // 06:00 UTC is 08:00 in Berlin: the 07:00 slot is an hour old, within the 12 hours of grace.
  const early = { ...input, time: '07:00' };

  it('GIVEN the post due now was refused WHEN /coach resume without a pause THEN it is opened again and promised now', async () => {
    const { servers, store } = world();
    await servers.setup(GUILD, early);
    await store.claim('post:g1:2026-06-01', nonceOf('post:g1:2026-06-01'));
    await store.set('state:post:g1:2026-06-01', { state: 'refused', reason: 'forbidden', detail: '403' });

    expect(await servers.resume(GUILD)).toEqual({ kind: 'retrying', day: 31, channelId: 'c1' });
    expect(await dailyPostLedger(store).stateOf(GUILD, '2026-06-01')).toBe('open');
    expect(await servers.resume(GUILD)).toEqual({ kind: 'not-paused' });
  });

  it('GIVEN the post due now went out WHEN /coach resume without a pause THEN nothing is promised', async () => {
    const { servers, store } = world();
    await servers.setup(GUILD, early);
    await store.claim('post:g1:2026-06-01', nonceOf('post:g1:2026-06-01'));
    await store.set('state:post:g1:2026-06-01', { state: 'sent', messageId: 'm1' });

    expect(await servers.resume(GUILD)).toEqual({ kind: 'not-paused' });
  });
});
