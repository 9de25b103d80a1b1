import type { Plan } from '../curriculum/plan.js';
import type { Learner } from '../learner/learner.js';
import { currentDay } from '../learner/progress.js';
import { formatLocalTime } from '../time/local-time.js';
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
