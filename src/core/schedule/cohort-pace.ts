import type { Plan } from '../curriculum/plan.js';
import { planIndexOf } from '../learner/plan-days.js';
import type { LocalDate } from '../time/local-date.js';
import type { Cohort } from './cohort.js';

/** Where a learner stands against their server's cohort. `behind` is negative when ahead. */
export type CohortPace =
  | { readonly kind: 'no-cohort' }
  | { readonly kind: 'before-start'; readonly startsOn: LocalDate; readonly firstDay: number }
  | { readonly kind: 'cohort-day'; readonly day: number; readonly behind: number }
  | { readonly kind: 'cohort-finished'; readonly lastDay: number };

/**
 * Compares the learner's current day (null once they finished) with the cohort's day.
 * Counted in plan positions, so gaps in day numbering never skew it.
 */
export function paceAgainstCohort(plan: Plan, cohort: Cohort | null, learnerDay: number | null): CohortPace {
  if (cohort === null) return { kind: 'no-cohort' };
  const { position } = cohort;
  if (position.kind === 'before-start') {
    return { kind: 'before-start', startsOn: position.startsOn, firstDay: plan.days[0]?.day ?? 0 };
  }
  if (position.kind === 'finished') return { kind: 'cohort-finished', lastDay: position.lastDay };
  const learnerIndex = learnerDay === null ? plan.days.length : planIndexOf(plan, learnerDay);
  return { kind: 'cohort-day', day: position.day, behind: planIndexOf(plan, position.day) - learnerIndex };
}
