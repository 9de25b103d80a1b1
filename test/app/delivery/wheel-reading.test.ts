import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { CURSOR_KEY, minuteOf } from '../../../src/app/delivery/wheel.js';
import type { Store } from '../../../src/app/ports.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { buildCoach, TestClock } from './daily-posts-fixture.js';

const plan = tinyPlan({ first: 31, count: 20 });

/** A store that counts every call, and how many wheel places (`due-at:`) were read so far. */
function countingStore(clock: TestClock) {
  const inner = createMemoryStore({ now: () => clock.now().getTime() });
  const counts = { calls: 0, placesRead: 0, wheelReads: 0 };
  const store = Object.fromEntries(
    Object.entries(inner).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        counts.calls += 1;
        const keys = (Array.isArray(args[0]) ? args[0] : [args[0]]) as string[];
        const places = keys.filter((key) => key.startsWith('due-at:')).length;
        if (name === 'get' || name === 'getMany') counts.placesRead += places;
        const readsPlaces = (name === 'get' || name === 'getMany') && places > 0;
        if (name === 'setMembers' || name === 'setMembersMany' || readsPlaces) counts.wheelReads += 1;
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as Store;
  return { store, counts };
}

describe('GIVEN 1,000 learners whose reminders fall in the same minute', () => {
  it('WHEN that minute is ticked THEN the first DM goes out once the first batch is read, not the whole bucket, and each learner gets one', async () => {
    const clock = new TestClock(new Date('2026-06-01T05:00:00Z'));
    const { store, counts } = countingStore(clock);
    const coach = buildCoach(plan, '2026-06-01T05:00:00Z', { store });
    for (let i = 0; i < 1_000; i++) await coach.enrol(`u${i}`, { reminderTime: '09:00', timezone: 'UTC' });
    await coach.tick('2026-06-01T08:59:00Z');
    let placesReadAtFirstDm: number | null = null;
    const postDay = coach.notifier.postDay.bind(coach.notifier);
    coach.notifier.postDay = async (channelId, request) => {
      placesReadAtFirstDm ??= counts.placesRead;
      return postDay(channelId, request);
    };
    counts.placesRead = 0;
    clock.set('2026-06-01T09:00:00Z');
    coach.clock.set('2026-06-01T09:00:00Z');

    const report = await coach.app.runSchedulerPass();

    // The first batch of 100, and at most the one read ahead while its turns start.
    expect(placesReadAtFirstDm).toBeGreaterThan(0);
    expect(placesReadAtFirstDm).toBeLessThanOrEqual(200);
    expect(report.counts['remind:sent']).toBe(1_000);
    const perChannel = new Map<string, number>();
    for (const m of coach.notifier.messages)
      perChannel.set(m.channelId, (perChannel.get(m.channelId) ?? 0) + 1);
    expect(perChannel.size).toBe(1_000);
    expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
  });
});

describe('GIVEN the scheduler was down', () => {
  const window = (cursor: number | null) => async () => {
    const clock = new TestClock(new Date('2026-06-01T05:00:00Z'));
    const { store, counts } = countingStore(clock);
    const coach = buildCoach(plan, '2026-06-01T05:00:00Z', { store });
    for (let i = 0; i < 5; i++)
      await coach.enrol(`u${i}`, { reminderTime: `${String(i + 6).padStart(2, '0')}:00`, timezone: 'UTC' });
    if (cursor === null) await store.delete(CURSOR_KEY);
    else await store.set(CURSOR_KEY, cursor);
    const now = '2026-06-01T18:00:00Z';
    clock.set(now);
    coach.clock.set(now);
    counts.calls = 0;
    counts.wheelReads = 0;

    const report = await coach.app.runSchedulerPass();

    return { report, counts };
  };

  it('WHEN it comes back with no cursor THEN the 12-hour window of all three kinds costs at most 50 store calls, and the missed reminders within grace go out', async () => {
    const { report, counts } = await window(null)();
    expect(report.fromMinute).toBe(minuteOf(new Date('2026-06-01T06:00:00Z')));
    expect(report.counts['remind:sent']).toBe(5);
    expect(counts.wheelReads).toBeLessThanOrEqual(50);
  });

  it('WHEN it comes back after 3 days THEN the window and the stranded days cost at most 50 wheel reads too', async () => {
    const { report, counts } = await window(minuteOf(new Date('2026-05-29T18:00:00Z')))();
    expect(report.counts['remind:sent']).toBe(5);
    expect(counts.wheelReads).toBeLessThanOrEqual(50);
  });

  it('WHEN nothing at all is due in the window THEN the whole pass costs at most 50 store calls', async () => {
    const clock = new TestClock(new Date('2026-06-01T05:00:00Z'));
    const { store, counts } = countingStore(clock);
    const coach = buildCoach(plan, '2026-06-01T05:00:00Z', { store });
    clock.set('2026-06-01T18:00:00Z');
    coach.clock.set('2026-06-01T18:00:00Z');

    await coach.app.runSchedulerPass();

    expect(counts.calls).toBeLessThanOrEqual(50);
  });
});
