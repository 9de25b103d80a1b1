import { randomUUID } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger, Store } from '../../app/ports.js';
import { holdLeaderLease, releaseLeaderLease } from './leader-lease.js';

const STOP_GRACE_MS = 10_000;
// Per kind (values, claims, counters) and pass: 720,000 rows a day each, far above what expires.
const SWEEP_BATCH = 500;

/** What the scheduler needs. It only ticks: `tick` (the app's `runSchedulerPass`) reads the clock and decides. */
export interface SchedulerDeps {
  readonly store: Store;
  readonly logger: Logger;
  /** One pass; `signal` aborts at shutdown: start nothing new, finish what is under way. */
  readonly tick: (signal: AbortSignal) => Promise<unknown>;
  /**
   * This process's name in the leader lease; random by default. A process restarted under
   * the same name takes its lease back at once instead of waiting for it to expire.
   */
  readonly owner?: string;
  /** How long the lease outlives a silent leader (a killed process); renewed every pass and during one. Default 90 s. */
  readonly leaseTtlMs?: number;
  /**
   * Aborted when the process starts shutting down, perhaps while the catch-up pass that
   * `startScheduler` awaits is still sending: that pass, and any later, starts no new turn.
   */
  readonly shutdown?: AbortSignal;
  /** Cron expression of the passes; default every minute. */
  readonly cronExpression?: string;
}

/** What one pass did. */
export type SchedulerPass =
  | { readonly kind: 'ran'; readonly report: unknown }
  | { readonly kind: 'not-leader' }
  /** The previous pass is still running in this process. */
  | { readonly kind: 'overlap' }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'stopped' };

/** A running scheduler. */
export interface Scheduler {
  /** One pass now, if this process leads: what start-up and each cron tick run. */
  runOnce(): Promise<SchedulerPass>;
  /**
   * Stops ticking, tells a running pass to start no new turn, waits up to `graceMs` (default
   * 10 s) for the turns under way, and lets the lease go, so another process leads at once.
   */
  stop(graceMs?: number): Promise<void>;
  /** Whether this process ran the last pass (`leader`) or found another process leading. */
  role(): 'leader' | 'follower';
}

/**
 * Starts the one scheduler: a catch-up pass at once (node-cron forgets what fell due while
 * the process was down), then a pass every minute. Only the holder of the store's leader
 * lease runs passes, so several processes sharing a store still post once.
 */
export async function startScheduler(deps: SchedulerDeps): Promise<Scheduler> {
  const owner = deps.owner ?? randomUUID();
  const leaseTtlMs = deps.leaseTtlMs ?? 90_000;
  let running: Promise<SchedulerPass> | null = null;
  let stopped = false;
  let task: ScheduledTask | null = null;
  let role: 'leader' | 'follower' = 'follower';
  const stopping = new AbortController();
  deps.shutdown?.addEventListener('abort', () => stopping.abort(), { once: true });

  const pass = async (): Promise<SchedulerPass> => {
    let renewing: NodeJS.Timeout | undefined;
    try {
      const leading = await holdLeaderLease(deps.store, owner, leaseTtlMs);
      role = leading ? 'leader' : 'follower';
      if (!leading) return { kind: 'not-leader' };
      // A long pass (a big DM fan-out) keeps the lease, or another process would start the same pass.
      renewing = setInterval(() => void renew(), leaseTtlMs / 3);
      const report = await deps.tick(stopping.signal);
      // The leader also deletes what has expired, a small batch a minute (SQLite and PostgreSQL
      // keep expired rows until deleted); never in the way of the pass itself.
      if (!stopping.signal.aborted) await deps.store.sweepExpired(SWEEP_BATCH);
      return { kind: 'ran', report };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.logger.error('scheduler pass failed', { error: message });
      return { kind: 'failed', error: message };
    } finally {
      clearInterval(renewing);
    }
  };

  const renew = async (): Promise<void> => {
    // Once stopping, the lease is let go: a renewal now would take it back.
    if (stopped) return;
    const held = await holdLeaderLease(deps.store, owner, leaseTtlMs).catch(() => false);
    if (!held) deps.logger.warn('scheduler lease lost during a pass', { owner });
  };

  const runOnce = async (): Promise<SchedulerPass> => {
    if (stopped || stopping.signal.aborted) return { kind: 'stopped' };
    if (running !== null) return { kind: 'overlap' };
    running = pass();
    try {
      return await running;
    } finally {
      running = null;
    }
  };

  const catchUp = await runOnce();
  deps.logger.info('scheduler started', { pass: catchUp.kind });
  task = cron.schedule(deps.cronExpression ?? '* * * * *', () => runOnce(), {
    name: 'study-coach-scheduler',
  });

  return {
    runOnce,
    role: () => role,
    async stop(graceMs = STOP_GRACE_MS) {
      stopped = true;
      stopping.abort();
      await task?.destroy();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
      const ended = await Promise.race([running, late]);
      clearTimeout(timer);
      // A send still under way is claimed under its marker: whoever leads next recovers it by nonce.
      if (ended === 'late') deps.logger.warn('scheduler stopped with turns still under way', { graceMs });
      await releaseLeaderLease(deps.store, owner);
    },
  };
}
