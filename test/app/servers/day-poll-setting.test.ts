import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/app/ports.js';
import { dailyPostLedger } from '../../../src/app/delivery/daily-post.js';
import { noWheel } from '../../../src/app/delivery/wheel-placement.js';
import { createServers } from '../../../src/app/servers/servers.js';
import { ServerRecords, serverKey } from '../../../src/app/storage/server-records.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const silent: Logger = { info() {}, warn() {}, error() {} };
const NOW = new Date('2026-06-01T06:00:00Z');
const GUILD = 'g1';

function world() {
  const store = createMemoryStore();
  const records = new ServerRecords(store, silent);
  const servers = createServers({
    plan: tinyPlan({ first: 31, count: 5 }),
    records,
    clock: { now: () => NOW },
    wheel: noWheel,
    graceMs: 12 * 3_600_000,
    posts: dailyPostLedger(store),
    noteAdmin: async () => undefined,
    usageReport: null,
  });
  return { store, records, servers };
}

const input = { channelId: 'c1', time: '09:00', timezone: 'Europe/Berlin', startDate: '2026-06-01' };

describe('the day poll setting', () => {
  it('GIVEN a server set up WHEN nobody turned the poll on THEN it is off; on and off again say whether anything changed', async () => {
    const { servers, records } = world();
    await servers.setup(GUILD, input);
    expect((await records.load(GUILD, NOW))?.dayPoll).toBe(false);
    expect(await servers.setDayPoll(GUILD, true)).toEqual({ kind: 'day-poll-set', on: true, changed: true });
    expect(await servers.setDayPoll(GUILD, true)).toEqual({ kind: 'day-poll-set', on: true, changed: false });
    expect((await records.load(GUILD, NOW))?.dayPoll).toBe(true);
    // Setting the server up again keeps the admin's choice.
    await servers.setup(GUILD, { ...input, time: '10:00' });
    expect((await records.load(GUILD, NOW))?.dayPoll).toBe(true);
    expect(await servers.setDayPoll(GUILD, false)).toEqual({
      kind: 'day-poll-set',
      on: false,
      changed: true,
    });
  });

  it('GIVEN no server set up WHEN the poll is turned on THEN nothing is stored', async () => {
    const { servers, records } = world();
    expect(await servers.setDayPoll(GUILD, true)).toEqual({ kind: 'not-set-up' });
    expect(await records.load(GUILD, NOW)).toBeNull();
  });

  it('GIVEN a record stored before the poll existed WHEN read THEN it loads, with the poll off', async () => {
    const { store, records } = world();
    // Version 2: the record as the coach wrote it before the poll (and the nudge switch) existed.
    await store.set(serverKey(GUILD), {
      v: 2,
      data: {
        guildId: GUILD,
        channelId: 'c1',
        time: '09:00',
        timezone: 'Europe/Berlin',
        startDate: '2026-06-01',
        paused: false,
        recaps: true,
        problem: null,
      },
    });
    const loaded = await records.load(GUILD, NOW);
    expect(loaded).toMatchObject({ channelId: 'c1', recaps: true });
    expect(loaded?.dayPoll ?? false).toBe(false);
  });
});
