import { placeOfDay, type DayPlace } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from './learner.js';
import { openPause } from './pauses.js';
import { currentDay, daysBehind } from './progress.js';
import { streakOf, type Streak } from './streak.js';

/** Where a learner stands: their day, pace and streak. */
export interface Standing {
  readonly learner: Learner;
  /** Null when every day is done. */
  readonly current: DayPlace | null;
  readonly daysDone: number;
  readonly totalDays: number;
  /** Days behind the learner's calendar (negative: ahead); read it only when not paused and not finished. */
  readonly behind: number;
  readonly streak: Streak;
  /** The first paused date while the learner is paused (their calendar stands still), else null. */
  readonly pausedSince: LocalDate | null;
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
    pausedSince: openPause(learner)?.from ?? null,
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
