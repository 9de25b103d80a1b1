import { placeOfDay } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner } from './learner.js';
import { currentDay, daysBehind } from './progress.js';
import { streakOf } from './streak.js';
import type { Standing } from '../../app/study/study.js';

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
