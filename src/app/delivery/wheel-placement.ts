import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { dailyPostDue, nextPost } from '../../core/schedule/daily-post.js';
import { nextReminderAt, nextStreakWarningAt } from '../../core/schedule/learner-slots.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { minuteOf, placeEntry, readCursor, removeEntry, writeCursor, type DueKind } from './wheel.js';
import type { Store } from '../ports.js';

/** What placing servers and learners in the scheduling wheel needs. */
export interface WheelPlacementDeps {
  readonly store: Store;
  readonly plan: Plan;
  /** How late a missed daily post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
}

/**
 * Puts `id` in the wheel at `at` (null: takes it out), never in a minute at or before
 * `afterMinute`: those buckets are being or have been read.
 */
export async function placeAt(
  store: Store,
  kind: DueKind,
  id: string,
  at: Date | null,
  afterMinute: number,
): Promise<void> {
  if (at === null) return removeEntry(store, kind, id);
  await placeEntry(store, kind, id, Math.max(minuteOf(at), afterMinute + 1));
}

async function placeFromOutside(store: Store, kind: DueKind, id: string, at: Date | null, now: Date) {
  const cursor = await readCursor(store);
  // Before the scheduler's first pass: start its reading here, so an entry that waits
  // longer than the grace window for that pass is still found in the day buckets.
  if (cursor === null) await writeCursor(store, minuteOf(now) - 1);
  await placeAt(store, kind, id, at, Math.max(minuteOf(now), cursor ?? Number.NEGATIVE_INFINITY));
}

/**
 * Where the app puts servers and learners in the scheduling wheel, from outside a scheduler
 * pass (setup, resume, settings, forget-me). The console has no scheduler: {@link noWheel}.
 */
export interface WheelPlacement {
  /**
   * After setup, resume or a settings change: the server at its next due instant, or in the
   * coming minute when a post is due now (setup on a day whose slot passed within grace).
   * A slot that already went out is not sent again: its marker says so.
   */
  placeServer(settings: ServerSettings, now: Date): Promise<void>;
  /** After pause: the server leaves the wheel. */
  removeServer(guildId: string): Promise<void>;
  /**
   * After a reminder or timezone change: the learner at their next reminder time (taken out
   * when reminders are off). A slot that passed before the change is not sent late: choosing
   * 08:00 at noon means tomorrow 08:00.
   */
  placeReminder(learner: Learner, now: Date): Promise<void>;
  /** After the warning hour or the timezone changes: as reminders, at the next warning hour. */
  placeWarning(learner: Learner, now: Date): Promise<void>;
  /** After "Remind me in 2 hours": the learner's reminder turn at `at` (the turn after it goes back to their time). */
  placeSnooze(learnerId: string, at: Date, now: Date): Promise<void>;
  /** After forget-me: the learner leaves every learner wheel. */
  removeLearner(learnerId: string): Promise<void>;
}

/** The wheel placement over the store. */
export function createWheelPlacement(deps: WheelPlacementDeps): WheelPlacement {
  const { store, plan } = deps;
  return {
    async placeServer(settings, now) {
      const dueNow = dailyPostDue(plan, settings, now, deps.graceMs).kind !== 'none';
      const at = dueNow ? now : (nextPost(plan, settings, now)?.at ?? null);
      await placeFromOutside(store, 'post', settings.guildId, at, now);
    },
    removeServer: (guildId) => removeEntry(store, 'post', guildId),
    placeReminder: (learner, now) =>
      placeFromOutside(store, 'remind', learner.id, nextReminderAt(plan, learner, now), now),
    placeWarning: (learner, now) =>
      placeFromOutside(store, 'warn', learner.id, nextStreakWarningAt(learner, now), now),
    placeSnooze: (learnerId, at, now) => placeFromOutside(store, 'remind', learnerId, at, now),
    async removeLearner(learnerId) {
      await removeEntry(store, 'remind', learnerId);
      await removeEntry(store, 'warn', learnerId);
    },
  };
}

/** A front end without a scheduler (the console): nothing is placed. */
export const noWheel: WheelPlacement = {
  placeServer: async () => undefined,
  removeServer: async () => undefined,
  placeReminder: async () => undefined,
  placeWarning: async () => undefined,
  placeSnooze: async () => undefined,
  removeLearner: async () => undefined,
};
