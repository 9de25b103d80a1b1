import { runDailyPost, type DailyPostsDeps, type PostRun } from './daily-posts.js';
import { dueIn, minuteOf, readCursor, strandedBefore, writeCursor, type DueKind } from './due-wheel.js';
import { placeAt } from './post-schedule.js';
import { runReminder, type ReminderRun, type RemindersDeps } from './reminders.js';
import { runPool } from './run-pool.js';

const MINUTE_MS = 60_000;
// A bug in one server's or learner's turn must not stop the others, nor be retried every minute.
const AFTER_ERROR_MS = 10 * MINUTE_MS;
const DEFAULT_CONCURRENCY = 64;

/** What one pass over the wheel needs: the daily post's and the reminders' dependencies. */
export interface DueWorkDeps {
  readonly posts: DailyPostsDeps;
  readonly reminders: Omit<RemindersDeps, 'store' | 'plan' | 'notifier' | 'logger'>;
  /**
   * How many turns run at once; default 64. DMs go to different channels (different rate-limit
   * buckets), so with more turns waiting than the 50 requests a second Discord allows, the REST
   * client's global limiter is the only brake, and each second's requests leave together.
   */
  readonly concurrency?: number;
}

/** What a pass did: turns taken per kind, by outcome, and the minutes it read. */
export interface DueWorkReport {
  readonly fromMinute: number;
  readonly toMinute: number;
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * One scheduler pass at `now`: reads the wheel's minute buckets after the persisted cursor
 * up to now (no further back than the grace window; older leftovers come from the day
 * buckets), lets the app decide each entry, moves each entry to its next due minute, and
 * only then advances the cursor. A crash mid-pass leaves the cursor behind, so a restart
 * reads the same buckets again and the markers stop anything going out twice.
 */
export async function runDueWork(deps: DueWorkDeps, now: Date): Promise<DueWorkReport> {
  const { store, logger } = deps.posts;
  const nowMinute = minuteOf(now);
  const graceMinutes = Math.ceil(Math.max(deps.posts.graceMs, deps.reminders.graceMs) / MINUTE_MS);
  const windowStart = nowMinute - graceMinutes;
  const cursor = await readCursor(store);
  const from = cursor === null ? windowStart : Math.max(cursor + 1, windowStart);
  const counts: Record<string, number> = {};
  if (from > nowMinute) return { fromMinute: from, toMinute: nowMinute, counts };

  const reminders: RemindersDeps = { ...deps.posts, ...deps.reminders };
  const turns: Record<DueKind, (id: string) => Promise<Turn>> = {
    post: async (guildId) => turnOf(await runDailyPost(deps.posts, guildId, now)),
    remind: async (learnerId) => turnOf(await runReminder(reminders, learnerId, now)),
  };
  for (const kind of ['post', 'remind'] as const) {
    const stranded =
      cursor !== null && cursor + 1 < windowStart
        ? await strandedBefore(store, kind, cursor + 1, windowStart)
        : [];
    const ids = [...new Set([...stranded, ...(await dueIn(store, kind, from, nowMinute))])];
    await runPool(ids, deps.concurrency ?? DEFAULT_CONCURRENCY, async (id) => {
      let turn: Turn;
      try {
        turn = await turns[kind](id);
      } catch (error) {
        logger.error('scheduled turn failed', {
          kind,
          id,
          error: error instanceof Error ? error.message : String(error),
        });
        turn = { label: 'error', next: new Date(now.getTime() + AFTER_ERROR_MS) };
      }
      await placeAt(store, kind, id, turn.next, nowMinute);
      counts[`${kind}:${turn.label}`] = (counts[`${kind}:${turn.label}`] ?? 0) + 1;
    });
  }
  await writeCursor(store, nowMinute);
  return { fromMinute: from, toMinute: nowMinute, counts };
}

interface Turn {
  readonly label: string;
  readonly next: Date | null;
}

function turnOf(run: PostRun | ReminderRun): Turn {
  return { label: run.kind === 'delivery' ? run.delivery.kind : run.kind, next: run.next };
}
