import { placeOfDay } from '../core/curriculum/plan-lookup.js';
import type { Plan } from '../core/curriculum/plan.js';
import type { Learner } from '../core/learner/learner.js';
import { currentDay, daysBehind } from '../core/learner/progress.js';
import { streakOf } from '../core/learner/streak.js';
import type { Standing } from './study.js';

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
