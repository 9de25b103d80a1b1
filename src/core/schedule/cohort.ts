import { dayRange } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { LocalDate, LocalTime } from '../learner/learner.js';
import { planDayAt } from '../learner/plan-days.js';
import { daysBetween, localDateOf } from '../time/local-date.js';

/**
 * A server's cohort calendar: the plan's first day is posted on `startDate` at `time` in
 * `timezone`, one day per local date after that. `paused` stops posting, not the calendar.
 * Server settings carry these fields, so they can be passed as they are.
 */
export interface CohortSchedule {
  readonly startDate: LocalDate;
  readonly time: LocalTime;
  readonly timezone: string;
  readonly paused: boolean;
}

/** Where a cohort is on a given local date. */
export type CohortDay =
  | { readonly kind: 'before-start'; readonly startsOn: LocalDate; readonly inDays: number }
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'finished'; readonly lastDay: number };

/** The plan day the cohort is on `today` (a date in the server's zone). */
export function cohortDay(plan: Plan, startDate: LocalDate, today: LocalDate): CohortDay {
  const index = daysBetween(startDate, today);
  if (index < 0) return { kind: 'before-start', startsOn: startDate, inDays: -index };
  if (index >= plan.days.length) return { kind: 'finished', lastDay: dayRange(plan).last };
  return { kind: 'day', day: planDayAt(plan, index) };
}

/** A server's cohort as a learner there sees it. */
export interface Cohort {
  readonly startDate: LocalDate;
  readonly timezone: string;
  readonly position: CohortDay;
}

/** The cohort of a server with these settings (null: a server without one) on `now`, in the server's zone. */
export function cohortOn(
  plan: Plan,
  settings: { readonly startDate: LocalDate; readonly timezone: string } | null,
  now: Date,
): Cohort | null {
  if (settings === null) return null;
  const position = cohortDay(plan, settings.startDate, localDateOf(now, settings.timezone));
  return { startDate: settings.startDate, timezone: settings.timezone, position };
}
