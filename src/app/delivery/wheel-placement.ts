import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { currentDay } from '../../core/learner/progress.js';
import { dailyPostDue, nextPost } from '../../core/schedule/daily-post.js';
import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { nextSlot } from '../../core/schedule/slot.js';
import { formatLocalTime } from '../../core/time/local-time.js';
import { minuteOf, placeEntry, readCursor, removeEntry, writeCursor, type DueKind } from './wheel.js';
import type { Store } from '../ports.js';

/** What placing servers and learners in the scheduling wheel needs. */
export interface PostScheduleDeps {
  readonly store: Store;
  readonly plan: Plan;
  /** How late a missed daily post may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
}

/** The learner's next reminder instant strictly after `now`, or null when there is none to send. */
export function nextReminderAt(plan: Plan, learner: Learner, now: Date): Date | null {
  if (learner.reminderTime === null || currentDay(plan, learner) === null) return null;
  return nextSlot(now, learner.reminderTime, learner.timezone).dueAt;
}

/** The next streak warning slot strictly after `now` (the chosen hour, local), or null when warnings are off. */
export function nextStreakWarningAt(learner: Learner, now: Date): Date | null {
  if (learner.streakWarningHour === null) return null;
  return nextSlot(now, formatLocalTime(learner.streakWarningHour, 0), learner.timezone).dueAt;
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
 * After setup, resume or a settings change: places the server at its next due instant, or
 * in the coming minute when a post is due now (setup on a day whose slot passed within grace).
 * A slot that already went out is not sent again: its marker says so.
 */
export async function scheduleServerPosts(deps: PostScheduleDeps, settings: ServerSettings, now: Date) {
  const dueNow = dailyPostDue(deps.plan, settings, now, deps.graceMs).kind !== 'none';
  const at = dueNow ? now : (nextPost(deps.plan, settings, now)?.at ?? null);
  await placeFromOutside(deps.store, 'post', settings.guildId, at, now);
}

/** After pause or removal: the server leaves the wheel. */
export async function unscheduleServerPosts(deps: Pick<PostScheduleDeps, 'store'>, guildId: string) {
  await removeEntry(deps.store, 'post', guildId);
}

/**
 * After a reminder or timezone change: places the learner at their next reminder time. A
 * reminder slot that passed before the change is not sent late: choosing 08:00 at noon
 * means tomorrow 08:00.
 */
export async function scheduleLearnerReminder(deps: PostScheduleDeps, learner: Learner, now: Date) {
  await placeFromOutside(deps.store, 'remind', learner.id, nextReminderAt(deps.plan, learner, now), now);
}

/** After reminders are turned off: the learner leaves the wheel. */
export async function unscheduleLearnerReminder(deps: Pick<PostScheduleDeps, 'store'>, learnerId: string) {
  await removeEntry(deps.store, 'remind', learnerId);
}

/**
 * After the warning hour or the timezone changes: places the learner at their next warning
 * hour; a warning turned off takes them out. As with reminders, today's hour if already past
 * waits for tomorrow.
 */
export async function scheduleLearnerWarning(deps: PostScheduleDeps, learner: Learner, now: Date) {
  await placeFromOutside(deps.store, 'warn', learner.id, nextStreakWarningAt(learner, now), now);
}

/** After forget-me: the learner leaves every learner wheel (reminders and streak warnings). */
export async function leaveLearnerWheels(deps: Pick<PostScheduleDeps, 'store'>, learnerId: string) {
  await removeEntry(deps.store, 'remind', learnerId);
  await removeEntry(deps.store, 'warn', learnerId);
}

/** The `PostScheduling` and `DmScheduling`s the server and learner actions take, and forget-me's `leaveWheel`. */
export function createScheduling(deps: PostScheduleDeps) {
  return {
    posts: {
      schedule: (settings: ServerSettings, now: Date) => scheduleServerPosts(deps, settings, now),
      unschedule: (guildId: string) => unscheduleServerPosts(deps, guildId),
    },
    reminders: {
      schedule: (learner: Learner, now: Date) => scheduleLearnerReminder(deps, learner, now),
      unschedule: (learnerId: string) => unscheduleLearnerReminder(deps, learnerId),
    },
    warnings: {
      schedule: (learner: Learner, now: Date) => scheduleLearnerWarning(deps, learner, now),
      unschedule: (learnerId: string) => removeEntry(deps.store, 'warn', learnerId),
    },
    leaveWheel: (learnerId: string) => leaveLearnerWheels(deps, learnerId),
  };
}
