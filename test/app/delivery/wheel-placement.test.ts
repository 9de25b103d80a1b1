import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Store } from '../../../src/app/ports.js';
import { minuteOf } from '../../../src/app/delivery/wheel.js';
import type { ServerSettings } from '../../../src/core/schedule/server-schedule.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach } from './daily-posts-fixture.js';

const plan = tinyPlan({ first: 31, count: 5 });

/** A store that counts every call by method, to show what a tick reads. */
function countingStore(inner: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const store = Object.fromEntries(
    Object.entries(inner).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.push(`${name} ${String(args[0])}`);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as Store;
  return { store, calls };
}

const settings = (guildId: string, fields: Partial<ServerSettings> = {}): ServerSettings => ({
  guildId,
  channelId: `channel-${guildId}`,
  time: '09:00',
  timezone: 'Europe/Berlin',
  startDate: '2026-06-01',
  paused: false,
  recaps: false,
  nudges: false,
  problem: null,
  ...fields,
});

describe('GIVEN many servers in the scheduling wheel', () => {
  it('WHEN a tick falls on a minute nobody is due THEN it reads the cursor and one bucket per kind, nothing else', async () => {
    const { store, calls } = countingStore(createMemoryStore());
    const coach = buildCoach(plan, '2026-06-01T05:00:00Z', { store });
    for (let i = 0; i < 200; i++) {
      const time = `${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
      await coach.setUpServer({ guildId: `g${i}`, time: time === '08:00' ? '08:01' : time });
    }
    await coach.tick('2026-06-01T05:59:00Z');
    calls.length = 0;

    await coach.tick('2026-06-01T06:00:00Z');

    const minute = minuteOf(new Date('2026-06-01T06:00:00Z'));
    expect(calls).toEqual([
      'get scheduler:cursor',
      `setMembersMany due:post:${minute}`,
      `setMembersMany due:remind:${minute}`,
      `setMembersMany due:warn:${minute}`,
      'set scheduler:cursor',
    ]);
  });

  it('WHEN a server changes its post time THEN it leaves its old minute for the new one', async () => {
    const coach = buildCoach(plan, '2026-06-01T05:00:00Z');
    await coach.setUpServer({ guildId: 'g1' });
    const nine = minuteOf(new Date('2026-06-01T07:00:00Z'));
    expect(await coach.store.setMembers(`due:post:${nine}`)).toEqual(['g1']);

    await coach.wheel.placeServer(settings('g1', { time: '10:30' }), coach.clock.now());

    expect(await coach.store.setMembers(`due:post:${nine}`)).toEqual([]);
    expect(await coach.store.setMembers(`due:post:${nine + 90}`)).toEqual(['g1']);
  });

  it("WHEN a server is set up after today's slot, within grace THEN it is placed in the coming minute", async () => {
    const coach = buildCoach(plan, '2026-06-01T10:00:30Z');

    await coach.setUpServer({ guildId: 'g1' });

    const next = minuteOf(new Date('2026-06-01T10:01:00Z'));
    expect(await coach.store.setMembers(`due:post:${next}`)).toEqual(['g1']);
  });

  it('WHEN the scheduler already read this minute THEN a new entry goes after the cursor', async () => {
    const coach = buildCoach(plan, '2026-06-01T10:00:00Z');
    await coach.tick('2026-06-01T10:05:00Z');
    coach.clock.set('2026-06-01T10:00:00Z');

    await coach.setUpServer({ guildId: 'g1' });

    const afterCursor = minuteOf(new Date('2026-06-01T10:06:00Z'));
    expect(await coach.store.setMembers(`due:post:${afterCursor}`)).toEqual(['g1']);
  });
});
