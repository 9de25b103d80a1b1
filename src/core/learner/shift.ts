import type { Plan } from '../curriculum/plan.js';
import { addDays, localDateOf } from '../time/local-date.js';
import type { Learner, LocalDate } from './learner.js';
import { isPausedOn } from './pauses.js';
import { planIndexOf } from './plan-days.js';
import { currentDay, daysBehind, learnerStartIndex } from './progress.js';

/** Outcome of {@link shift}; `wasBehind` is how many days behind the learner was before. */
export type ShiftResult =
  | { readonly kind: 'shifted'; readonly learner: Learner; readonly day: number; readonly wasBehind: number }
  | { readonly kind: 'nothing-done' }
  | { readonly kind: 'not-behind' }
  | { readonly kind: 'finished' };

/**
 * Restarts the learner's personal calendar so that today (their local date) shows their
 * current day: they are no longer behind. Only `startDate` moves; completions and pauses
 * stay, so streak history is untouched.
 */
export function shift(plan: Plan, learner: Learner, now: Date): ShiftResult {
  const current = currentDay(plan, learner);
  if (current === null) return { kind: 'finished' };
  if (learner.completions.length === 0) return { kind: 'nothing-done' };
  const wasBehind = daysBehind(plan, learner, now);
  if (wasBehind <= 0) return { kind: 'not-behind' };
  const today = localDateOf(now, learner.timezone);
  const index = planIndexOf(plan, current) - learnerStartIndex(plan, learner);
  const startDate = startDateShowing(learner, today, index);
  return { kind: 'shifted', learner: { ...learner, startDate }, day: current, wasBehind };
}

/**
 * The latest start date from which exactly `index` unpaused dates lie before `today`, so
 * the calendar (which skips paused dates) shows plan position `index` today.
 */
function startDateShowing(learner: Learner, today: LocalDate, index: number): LocalDate {
  let start = today;
  for (let active = 0; active < index;) {
    start = addDays(start, -1);
    if (!isPausedOn(learner.pauses, start)) active += 1;
  }
  return start;
}
