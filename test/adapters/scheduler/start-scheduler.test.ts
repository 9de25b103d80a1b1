import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { holdLeaderLease, LEADER_LEASE_KEY } from '../../../src/adapters/scheduler/leader-lease.js';
import { startScheduler, type Scheduler } from '../../../src/adapters/scheduler/start-scheduler.js';
import type { Clock, Store } from '../../../src/app/ports.js';
import { TestClock, TestLogger } from '../../app/delivery/daily-posts-fixture.js';

const started: Scheduler[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(started.splice(0).map((scheduler) => scheduler.stop()));
});

function bootProcess(
  store: Store,
  owner: string,
  ticks: string[],
  clock: Clock = new TestClock(new Date('2026-06-01T07:00:00Z')),
) {
  return startScheduler({
    store,
    logger: new TestLogger(),
    owner,
    leaseTtlMs: 180_000,
    // The app's pass reads its clock; this one writes down when it ran.
    tick: async () => {
      ticks.push(`${owner} ${clock.now().toISOString()}`);
    },
  }).then((scheduler) => {
    started.push(scheduler);
    return scheduler;
  });
}

describe('GIVEN two bot processes sharing one store', () => {
  it('WHEN both start THEN only the first runs passes, the catch-up included', async () => {
    const store = createMemoryStore();
    const ticks: string[] = [];

    const a = await bootProcess(store, 'a', ticks);
    const b = await bootProcess(store, 'b', ticks);

    expect(await b.runOnce()).toEqual({ kind: 'not-leader' });
    expect(await a.runOnce()).toMatchObject({ kind: 'ran' });
    expect(ticks).toEqual(['a 2026-06-01T07:00:00.000Z', 'a 2026-06-01T07:00:00.000Z']);
  });

  it('WHEN the leader shuts down THEN the other leads from its next tick', async () => {
    const store = createMemoryStore();
    const ticks: string[] = [];
    const a = await bootProcess(store, 'a', ticks);
    const b = await bootProcess(store, 'b', ticks);

    await a.stop();

    expect(await b.runOnce()).toMatchObject({ kind: 'ran' });
    expect(await store.claimOwner(LEADER_LEASE_KEY)).toBe('b');
  });

  it('WHEN the leader dies without letting go THEN the other leads once the lease expires', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    const ticks: string[] = [];
    await bootProcess(store, 'a', ticks);
    const b = await bootProcess(store, 'b', ticks);

    now += 179_000;
    expect(await b.runOnce()).toEqual({ kind: 'not-leader' });
    now += 2_000;
    expect(await b.runOnce()).toMatchObject({ kind: 'ran' });
  });

  it('WHEN the leader restarts under the same name THEN it takes its lease back at once', async () => {
    const store = createMemoryStore();
    const ticks: string[] = [];
    await bootProcess(store, 'a', ticks);

    const restarted = await bootProcess(store, 'a', ticks);

    expect(await restarted.runOnce()).toMatchObject({ kind: 'ran' });
    expect(ticks).toHaveLength(3);
  });
});

describe('GIVEN a started scheduler', () => {
  it("WHEN minutes pass THEN node-cron runs a pass every minute with the clock port's time", async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T06:59:30Z') });
    const ticks: string[] = [];
    await bootProcess(createMemoryStore(), 'a', ticks, { now: () => new Date(Date.now()) });

    await vi.advanceTimersByTimeAsync(3 * 60_000);

    expect(ticks).toEqual([
      'a 2026-06-01T06:59:30.000Z',
      'a 2026-06-01T07:00:00.000Z',
      'a 2026-06-01T07:01:00.000Z',
      'a 2026-06-01T07:02:00.000Z',
    ]);
  });

  it('WHEN a pass outlasts the lease THEN the lease is renewed and no other process can lead meanwhile', async () => {
    vi.useFakeTimers({ now: new Date('2026-06-01T07:00:00Z') });
    const store = createMemoryStore();
    let finish = () => {};
    const starting = startScheduler({
      store,
      logger: new TestLogger(),
      owner: 'a',
      leaseTtlMs: 180_000,
      tick: () => new Promise<void>((resolve) => (finish = resolve)),
    });

    await vi.advanceTimersByTimeAsync(5 * 60_000);

    expect(await holdLeaderLease(store, 'b', 180_000)).toBe(false);
    expect(await store.claimOwner(LEADER_LEASE_KEY)).toBe('a');
    finish();
    started.push(await starting);
  });

  it('WHEN a pass throws THEN it is logged and the next pass still runs', async () => {
    const logger = new TestLogger();
    let calls = 0;
    const scheduler = await startScheduler({
      store: createMemoryStore(),
      logger,
      tick: async () => {
        calls += 1;
        if (calls === 1) throw new Error('store unreachable');
      },
    });
    started.push(scheduler);

    expect(await scheduler.runOnce()).toMatchObject({ kind: 'ran' });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'scheduler pass failed',
        context: { error: 'store unreachable' },
      }),
    );
  });
});

describe('GIVEN a leader in the middle of a long pass', () => {
  it('WHEN it is stopped THEN the pass is told to start nothing new, stop waits for the turns under way, and another process leads at once', async () => {
    const store = createMemoryStore();
    const events: string[] = [];
    let passes = 0;
    const a = await startScheduler({
      store,
      logger: new TestLogger(),
      owner: 'a',
      leaseTtlMs: 180_000,
      // The catch-up pass is quick; the next is a fan-out that ends only once told to stop.
      tick: async (signal) => {
        passes += 1;
        if (passes === 1) return;
        if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve));
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push('turns under way finished');
      },
    });
    const b = await startScheduler({
      store,
      logger: new TestLogger(),
      owner: 'b',
      leaseTtlMs: 180_000,
      tick: async () => void events.push('b ran'),
    });
    started.push(b);
    const passing = a.runOnce();

    await a.stop();
    events.push('stopped');

    expect(await passing).toMatchObject({ kind: 'ran' });
    expect(await b.runOnce()).toMatchObject({ kind: 'ran' });
    expect(events).toEqual(['turns under way finished', 'stopped', 'b ran']);
  });

  it('WHEN the turns under way outlast the grace THEN stop still returns and lets the lease go', async () => {
    const store = createMemoryStore();
    let passes = 0;
    const a = await startScheduler({
      store,
      logger: new TestLogger(),
      owner: 'a',
      tick: async () => {
        passes += 1;
        if (passes > 1) await new Promise(() => undefined);
      },
    });
    void a.runOnce();

    await a.stop(100);

    expect(await store.claimOwner(LEADER_LEASE_KEY)).toBeUndefined();
  });
});

describe('GIVEN expired rows in the store', () => {
  it('WHEN the leader runs a pass THEN it sweeps them, and a follower does not', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    const swept: string[] = [];
    const watched = (name: string): Store => ({
      ...store,
      sweepExpired: async (limit) => {
        swept.push(name);
        return store.sweepExpired(limit);
      },
    });
    await store.set('old', 1, 1_000);
    now = 2_000;
    const a = await startScheduler({
      store: watched('a'),
      logger: new TestLogger(),
      owner: 'a',
      tick: async () => undefined,
    });
    started.push(a);
    const b = await startScheduler({
      store: watched('b'),
      logger: new TestLogger(),
      owner: 'b',
      tick: async () => undefined,
    });
    started.push(b);

    expect(swept).toEqual(['a']);
    expect(await store.sweepExpired(10)).toBe(0);
  });
});
