import type { Plan } from '../curriculum/plan.js';
import type { Learner } from '../learner/learner.js';
import { currentDay } from '../learner/progress.js';
import { formatLocalTime } from '../time/local-time.js';
import { isPausedOn } from '../learner/pauses.js';
import { nextSlot } from './slot.js';

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

/** Why a reminder slot sends nothing: the day is done already, the calendar has not begun, or a pause. */
export type ReminderSkip = 'done-today' | 'before-start' | 'paused';

/** The first reminder that will go out, and why an earlier slot sends nothing (null: none skipped). */
export interface FirstReminder {
  readonly at: Date;
  readonly skipped: ReminderSkip | null;
  readonly startDate: string;
}

// A year of slots: pauses are shorter, so a search that finds nothing means none is coming.
const SLOT_SEARCH_LIMIT = 366;

/**
 * The first reminder after `now` that the scheduler will send (the rules of `reminderDue`):
 * slots on a date already done, before the start date or paused are skipped, and the first
 * skip is named so the learner hears why not today. Null when reminders are off or the plan is done.
 */
export function firstReminder(plan: Plan, learner: Learner, now: Date): FirstReminder | null {
  if (learner.reminderTime === null || currentDay(plan, learner) === null) return null;
  let slot = nextSlot(now, learner.reminderTime, learner.timezone);
  let skipped: ReminderSkip | null = null;
  for (let tries = 0; tries < SLOT_SEARCH_LIMIT; tries += 1) {
    const skip: ReminderSkip | null =
      slot.slotDate < learner.startDate
        ? 'before-start'
        : isPausedOn(learner.pauses, slot.slotDate)
          ? 'paused'
          : learner.completions.some((completion) => completion.localDate === slot.slotDate)
            ? 'done-today'
            : null;
    if (skip === null) return { at: slot.dueAt, skipped, startDate: learner.startDate };
    skipped ??= skip;
    slot = nextSlot(slot.dueAt, learner.reminderTime, learner.timezone);
  }
  return null;
}
