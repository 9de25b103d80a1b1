import type { Day, PlanProblem, Section } from './plan.js';
import type { DayRange } from './plan-headings.js';

/** A section heading and the day numbers read under it. */
export interface ReadSection {
  readonly kind: Section['kind'];
  readonly number: number | null;
  readonly title: string;
  readonly range: DayRange | null;
  readonly line: number;
  readonly days: number[];
}

/** A day heading; `day` is null when the day has problems. */
export interface ReadDay {
  readonly number: number;
  readonly line: number;
  readonly day: Day | null;
}

/** Everything read from a plan file, line by line, before the whole-plan checks. */
export interface PlanReading {
  readonly title: string | null;
  readonly goals: readonly string[];
  readonly sections: readonly ReadSection[];
  readonly days: readonly ReadDay[];
  readonly assessment: Readonly<Record<string, readonly string[]>>;
  readonly successCriteria: string | null;
  readonly problems: readonly PlanProblem[];
}
