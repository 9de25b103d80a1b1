import { dayRange } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { LocalDate, LocalTime } from '../learner/learner.js';
import { planDayAt, planIndexOf } from '../learner/plan-days.js';
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
  /** The plan day posted on `startDate` (the first day of a later cycle); the plan's first day when absent. */
  readonly startDay?: number | undefined;
}

/** Where a cohort is on a given local date. */
export type CohortDay =
  | { readonly kind: 'before-start'; readonly startsOn: LocalDate; readonly inDays: number }
  | { readonly kind: 'day'; readonly day: number }
  | { readonly kind: 'finished'; readonly lastDay: number };

/** Plan position of the cohort's first day: 0 unless it started at a later cycle. */
export function startIndexOf(plan: Plan, startDay: number | undefined): number {
  return startDay === undefined ? 0 : Math.max(0, planIndexOf(plan, startDay));
}

/** The plan day the cohort is on `today` (a date in the server's zone); `startDay` is posted on `startDate`. */
export function cohortDay(plan: Plan, startDate: LocalDate, today: LocalDate, startDay?: number): CohortDay {
  const index = daysBetween(startDate, today);
  if (index < 0) return { kind: 'before-start', startsOn: startDate, inDays: -index };
  const position = startIndexOf(plan, startDay) + index;
  if (position >= plan.days.length) return { kind: 'finished', lastDay: dayRange(plan).last };
  return { kind: 'day', day: planDayAt(plan, position) };
}

/** A server's cohort as a learner there sees it. */
export interface Cohort {
  readonly startDate: LocalDate;
  readonly timezone: string;
  /** The plan day posted on `startDate` when the cohort started at a later cycle; null: the plan's first. */
  readonly startDay: number | null;
  readonly position: CohortDay;
}

/** The cohort of a server with these settings (null: a server without one) on `now`, in the server's zone. */
export function cohortOn(
  plan: Plan,
  settings: {
    readonly startDate: LocalDate;
    readonly timezone: string;
    readonly startDay?: number | undefined;
  } | null,
  now: Date,
): Cohort | null {
  if (settings === null) return null;
  const position = cohortDay(
    plan,
    settings.startDate,
    localDateOf(now, settings.timezone),
    settings.startDay,
  );
  const startDay = settings.startDay ?? null;
  return { startDate: settings.startDate, timezone: settings.timezone, startDay, position };
}
