import { placeOfDay, type DayPlace } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner } from './learner.js';
import { currentDay, daysBehind } from './progress.js';
import { streakOf, type Streak } from './streak.js';

/** Where a learner stands: their day, pace and streak. */
export interface Standing {
  readonly learner: Learner;
  /** Null when every day is done. */
  readonly current: DayPlace | null;
  readonly daysDone: number;
  readonly totalDays: number;
  readonly behind: number;
  readonly streak: Streak;
}

/** Where the learner stands on `now`: their day, pace and streak. */
export function standingAt(plan: Plan, learner: Learner, now: Date): Standing {
  const day = currentDay(plan, learner);
  return {
    learner,
    current: day === null ? null : (placeOfDay(plan, day) ?? null),
    daysDone: learner.completions.length,
    totalDays: plan.days.length,
    behind: daysBehind(plan, learner, now),
    streak: streakOf(learner, now),
  };
}

/** The day a learner's questions and drafts are about: the current one, or the last once every day is done. */
export function dayOfStanding(plan: Plan, standing: Standing): DayPlace {
  if (standing.current !== null) return standing.current;
  const last = plan.days[plan.days.length - 1];
  const place = last === undefined ? undefined : placeOfDay(plan, last.day);
  if (place === undefined) throw new Error('the plan has no days');
  return place;
}
