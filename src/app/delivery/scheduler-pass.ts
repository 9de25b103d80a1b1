import type { DailyPostsDeps, PostRun } from './daily-post.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { dueBatches, minuteOf, readCursor, writeCursor, type DueKind } from './wheel.js';
import type { SectionRecapDeps, RecapRun } from './section-recap.js';
import { placeAt } from './wheel-placement.js';
import { runReminder, type ReminderRun, type RemindersDeps } from './reminder.js';
import { runPoolOver } from './run-pool.js';
import { runServerTurn, type ServerTurn } from './post-then-recap.js';
import { runStreakWarning, type StreakWarningsDeps, type WarningRun } from './streak-warning.js';

const MINUTE_MS = 60_000;
// A bug in one server's or learner's turn must not stop the others, nor be retried every minute.
const AFTER_ERROR_MS = 10 * MINUTE_MS;
const DEFAULT_CONCURRENCY = 64;

/** What one pass over the wheel needs: everything the daily post, the recap and the learner DMs need. */
export type DeliveryDeps = DailyPostsDeps &
  SectionRecapDeps &
  RemindersDeps &
  StreakWarningsDeps & {
    /** Every kind of text the scheduler sends. */
    readonly texts: DeliveryTexts;
    /**
     * How many turns run at once; default 64. DMs go to different channels (different rate-limit
     * buckets), so with more turns waiting than the 50 requests a second Discord allows, the REST
     * client's global limiter is the only brake, and each second's requests leave together.
     */
    readonly concurrency?: number;
  };

/** What a pass did: turns taken per kind, by outcome, and the minutes it read. */
export interface SchedulerPassReport {
  readonly fromMinute: number;
  readonly toMinute: number;
  readonly counts: Readonly<Record<string, number>>;
  /** The pass was told to stop (shutdown): turns not started stay where they are, the cursor did not move. */
  readonly stopped?: true;
}

/**
 * One scheduler pass at `now`: reads the wheel's minute buckets after the persisted cursor
 * up to now (no further back than the grace window; older leftovers come from the day
 * buckets), lets the app decide each entry, moves each entry to its next due minute, and
 * only then advances the cursor. A crash mid-pass leaves the cursor behind, so a restart
 * reads the same buckets again and the markers stop anything going out twice.
 *
 * Once `signal` is aborted (shutdown) no new turn starts; the turns under way finish, and
 * the cursor stays behind, so whoever leads next reads the same buckets and finds there the
 * entries not yet taken (those taken have moved on).
 */
export async function runSchedulerPass(
  deps: DeliveryDeps,
  now: Date,
  signal?: AbortSignal,
): Promise<SchedulerPassReport> {
  const { store, logger } = deps;
  const nowMinute = minuteOf(now);
  const graceMinutes = Math.ceil(deps.graceMs / MINUTE_MS);
  const windowStart = nowMinute - graceMinutes;
  const cursor = await readCursor(store);
  const from = cursor === null ? windowStart : Math.max(cursor + 1, windowStart);
  const counts: Record<string, number> = {};
  if (from > nowMinute) return { fromMinute: from, toMinute: nowMinute, counts };

  const turns: Record<DueKind, (id: string) => Promise<Turn>> = {
    post: async (guildId) => serverTurnOf(await runServerTurn(deps, guildId, now)),
    remind: async (learnerId) => turnOf('remind', await runReminder(deps, learnerId, now)),
    warn: async (learnerId) => turnOf('warn', await runStreakWarning(deps, learnerId, now)),
  };
  for (const kind of ['post', 'remind', 'warn'] as const) {
    if (signal?.aborted === true) break;
    const stranded = cursor !== null && cursor + 1 < windowStart ? { strandedFrom: cursor + 1 } : {};
    await runPoolOver(
      dueBatches(store, kind, { from, to: nowMinute, ...stranded }),
      deps.concurrency ?? DEFAULT_CONCURRENCY,
      async (id) => {
        let turn: Turn;
        try {
          turn = await turns[kind](id);
        } catch (error) {
          logger.error('scheduled turn failed', {
            kind,
            id,
            error: error instanceof Error ? error.message : String(error),
          });
          turn = { labels: [`${kind}:error`], next: new Date(now.getTime() + AFTER_ERROR_MS) };
        }
        await placeAt(store, kind, id, turn.next, nowMinute);
        for (const label of turn.labels) counts[label] = (counts[label] ?? 0) + 1;
      },
      signal,
    );
  }
  if (signal?.aborted === true) return { fromMinute: from, toMinute: nowMinute, counts, stopped: true };
  await writeCursor(store, nowMinute);
  return { fromMinute: from, toMinute: nowMinute, counts };
}

interface Turn {
  /** What the turn came to, by kind (`post:sent`, `recap:not-due`...), for the pass's report. */
  readonly labels: readonly string[];
  readonly next: Date | null;
}

const labelOf = (run: PostRun | ReminderRun | WarningRun | RecapRun): string =>
  run.kind === 'delivery' ? run.delivery.kind : run.kind;

function turnOf(kind: DueKind, run: ReminderRun | WarningRun): Turn {
  const nudge =
    run.kind === 'delivery' && 'nudge' in run && run.nudge != null ? [`nudge:${run.nudge.kind}`] : [];
  return { labels: [`${kind}:${labelOf(run)}`, ...nudge], next: run.next };
}

function serverTurnOf(turn: ServerTurn): Turn {
  const recap = turn.recap === null ? [] : [`recap:${labelOf(turn.recap)}`];
  // A poll is counted only when one was due (the admin turned it on), so other passes read as before.
  const poll = turn.poll?.kind === 'delivery' ? [`poll:${turn.poll.delivery.kind}`] : [];
  return { labels: [`post:${labelOf(turn.post)}`, ...poll, ...recap], next: turn.next };
}
