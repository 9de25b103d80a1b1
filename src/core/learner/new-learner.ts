import type { Learner, LocalDate } from './learner.js';

/** What it takes to enrol a learner. `timezone` must already be checked with `isValidTimeZone`. */
export interface NewLearnerInput {
  readonly id: string;
  readonly displayName: string;
  readonly timezone: string;
  /** The local date the plan's first day falls on. */
  readonly startDate: LocalDate;
  /** The plan day on `startDate` when it is not the plan's first (a cohort started at a later cycle). */
  readonly startDay?: number | undefined;
}

/** A learner with no progress, no pauses, reminders and streak warnings off. */
export function newLearner(input: NewLearnerInput): Learner {
  return {
    id: input.id,
    displayName: input.displayName,
    timezone: input.timezone,
    startDate: input.startDate,
    ...(input.startDay === undefined ? {} : { startDay: input.startDay }),
    completions: [],
    pauses: [],
    reminderTime: null,
    dmBlocked: 'no',
    streakWarningHour: null,
    leaderboardOptOut: false,
  };
}
