import type { Plan } from '../curriculum/plan.js';
import { daysBetween, localDateOf } from '../time/local-date.js';
import type { Learner, LocalDate } from './learner.js';
import { pausedDaysIn } from './pauses.js';
import { planDayAt, planIndexOf } from './plan-days.js';

/** The set of day numbers the learner has completed. */
export function completedDays(learner: Learner): ReadonlySet<number> {
  return new Set(learner.completions.map((c) => c.day));
}

/** Plan position of the learner's first day: 0 unless they began at a later cycle. */
export function learnerStartIndex(plan: Plan, learner: Learner): number {
  return learner.startDay === undefined ? 0 : Math.max(0, planIndexOf(plan, learner.startDay));
}

/**
 * The learner's current day: the first plan day (in plan order, from their first day) not yet
 * completed, or null when finished.
 */
export function currentDay(plan: Plan, learner: Learner): number | null {
  const done = completedDays(learner);
  const from = learnerStartIndex(plan, learner);
  return plan.days.find((d, index) => index >= from && !done.has(d.day))?.day ?? null;
}

/**
 * The day the learner's personal calendar shows on `today`: the plan's first day on
 * `startDate`, one day further per elapsed date that was not paused. Clamped to the plan,
 * so before `startDate` it is the first day and after the end the last.
 */
export function calendarDay(plan: Plan, learner: Learner, today: LocalDate): number {
  return planDayAt(plan, learnerStartIndex(plan, learner) + calendarIndex(learner, today));
}

/** Plan position the personal calendar shows on `today`, unclamped. */
export function calendarIndex(learner: Learner, today: LocalDate): number {
  if (today <= learner.startDate) return 0;
  return daysBetween(learner.startDate, today) - pausedDaysIn(learner.pauses, learner.startDate, today);
}

/**
 * How many days the learner's current day trails their calendar day, today in their own
 * timezone. Negative when ahead; 0 once the plan is finished. Paused days never count.
 * Having done today's calendar day is on pace, not ahead: the learner is ahead only once
 * they finish a day beyond today's.
 */
export function daysBehind(plan: Plan, learner: Learner, now: Date): number {
  const current = currentDay(plan, learner);
  if (current === null) return 0;
  const today = localDateOf(now, learner.timezone);
  const gap = planIndexOf(plan, calendarDay(plan, learner, today)) - planIndexOf(plan, current);
  return gap >= 0 ? gap : gap + 1;
}
