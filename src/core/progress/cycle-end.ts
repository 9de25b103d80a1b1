import { cycleStartingOn, type Journey } from '../curriculum/journey.js';
import type { Learner } from '../learner/learner.js';

/**
 * What the cohort is told as it moves from one cycle to the next, already decided: the cycle
 * it finished (what its assessment asked for, how the cohort did) and the next cycle's goals.
 */
export interface CycleEnd {
  readonly count: number;
  readonly finished: {
    readonly number: number;
    readonly title: string;
    readonly days: number;
    /** Each checklist of the cycle's assessment and how many items it has, in the plan's order. */
    readonly asked: readonly { readonly heading: string; readonly items: number }[];
    readonly successCriteria: string;
  };
  /** Over the server's learners: how many there are, how many did every day of the cycle, days done there in all. */
  readonly cohort: { readonly learners: number; readonly finishedAll: number; readonly daysDone: number };
  readonly next: {
    readonly number: number;
    readonly title: string;
    readonly firstDay: number;
    readonly goals: readonly string[];
  };
}

/**
 * The end-of-cycle message due before the post of `day`: when `day` opens a cycle other than
 * the first, and the cohort started before it (`cohortFirstDay`), the cycle before it ends.
 * Null on any other day.
 */
export function cycleEndBefore(
  journey: Journey,
  day: number,
  cohortFirstDay: number,
  learners: readonly Learner[],
): CycleEnd | null {
  const opening = cycleStartingOn(journey, day);
  const finished = opening === undefined ? undefined : journey.cycles[opening.index - 1];
  if (opening === undefined || finished === undefined || cohortFirstDay >= opening.cycle.firstDay)
    return null;
  const cycleDays = finished.plan.days.map((d) => d.day);
  const doneIn = (learner: Learner) =>
    new Set(
      learner.completions.map((c) => c.day).filter((d) => d >= finished.firstDay && d <= finished.lastDay),
    ).size;
  const done = learners.map(doneIn);
  return {
    count: opening.count,
    finished: {
      number: opening.index,
      title: finished.plan.title,
      days: cycleDays.length,
      asked: Object.entries(finished.plan.assessment).map(([heading, items]) => ({
        heading,
        items: items.length,
      })),
      successCriteria: finished.plan.successCriteria,
    },
    cohort: {
      learners: learners.length,
      finishedAll: done.filter((n) => n === cycleDays.length).length,
      daysDone: done.reduce((sum, n) => sum + n, 0),
    },
    next: {
      number: opening.index + 1,
      title: opening.cycle.plan.title,
      firstDay: opening.cycle.firstDay,
      goals: opening.cycle.plan.goals,
    },
  };
}
