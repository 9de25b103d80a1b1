import type { DateState } from '../learner/date-states.js';
import type { LocalDate } from '../learner/learner.js';

/**
 * How a cell stands, as the card paints it. A plan day is only `done`, `today` (`paused`
 * while the learner is paused) or `upcoming`; `missed`, `frozen` and `paused` are what
 * happened on the learner's own dates (see {@link CardDate}).
 */
export type DayState = 'done' | 'missed' | 'today' | 'upcoming' | 'paused' | 'frozen';

/** One of the learner's own dates on the card's strip of recent weeks. */
export interface CardDate {
  readonly date: LocalDate;
  readonly state: DateState;
  /** The section colour of the plan day done on this date, when `state` is `done`. */
  readonly color: number | null;
}

/** One cell of the card's grid. */
export interface CardDay {
  readonly day: number;
  readonly state: DayState;
}

/** A module (or the review section) and its days, drawn in one colour. */
export interface CardSection {
  /** The section's own title, e.g. "Spark Fundamentals + PySpark". */
  readonly title: string;
  /** Short name shown first, e.g. "Module 5" or "Review". */
  readonly label: string;
  /** 0xRRGGBB, normally `sectionColor(index)` so the card matches the daily post. */
  readonly color: number;
  readonly days: readonly CardDay[];
}

/** The learner's state for the pace badge. */
export type CardStatus = 'on-calendar' | 'paused' | 'complete';

/** Posts written so far against the plan's count. */
export interface PostCount {
  readonly written: number;
  readonly planned: number;
}

/**
 * Everything the progress card shows, already decided. Built from learner data elsewhere;
 * the renderers only draw it.
 */
export interface ProgressCard {
  /** User input: renderers sanitise and escape it. */
  readonly learnerName: string;
  readonly planTitle: string;
  readonly sections: readonly CardSection[];
  readonly streak: { readonly current: number; readonly longest: number };
  readonly freezesBanked: number;
  readonly checkpointsDone: number;
  readonly totalDays: number;
  readonly posts: { readonly linkedin: PostCount; readonly blog: PostCount };
  /** Days behind the learner's calendar; negative means ahead. Shown only with status `on-calendar`. */
  readonly daysBehind: number;
  /** What the pace badge says: the pace, or paused (the calendar waits), or complete (every day done). */
  readonly status: CardStatus;
  /** The learner's recent weeks, Monday to Sunday, oldest first: what happened on each date. */
  readonly recentWeeks: readonly (readonly CardDate[])[];
  /** The plan day the learner is on, or null (not started, paused or finished). */
  readonly currentDay: number | null;
}
