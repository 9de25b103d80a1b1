import type { Plan } from '../curriculum/plan.js';
import type { Learner } from '../learner/learner.js';
import { openPause } from '../learner/pauses.js';
import { planIndexOf } from '../learner/plan-days.js';
import { calendarDay, completedDays, learnerStartIndex } from '../learner/progress.js';
import { localDateOf } from '../time/local-date.js';

/**
 * One plan day of one learner: done; missed (their calendar has passed it); paused (not done,
 * not missed, while the learner is paused); upcoming; or none (before the cycle they began at).
 */
export type HeatCell = 'done' | 'missed' | 'paused' | 'upcoming' | 'none';

/** One learner's row of the heatmap, a cell per plan day in plan order. */
export interface HeatRow {
  readonly learnerId: string;
  /** Null for a learner who opted out of leaderboards. */
  readonly name: string | null;
  readonly cells: readonly HeatCell[];
  /** Plan position their own calendar shows today: their pace. */
  readonly paceIndex: number;
}

/** The learner's heatmap row on `now`, judged in their own zone. */
export function heatRow(plan: Plan, learner: Learner, now: Date): HeatRow {
  const done = completedDays(learner);
  const from = learnerStartIndex(plan, learner);
  const paceIndex = planIndexOf(plan, calendarDay(plan, learner, localDateOf(now, learner.timezone)));
  const paused = openPause(learner) !== undefined;
  const cells = plan.days.map((d, index): HeatCell => {
    if (done.has(d.day)) return 'done';
    if (index < from) return 'none';
    if (index < paceIndex) return 'missed';
    return paused ? 'paused' : 'upcoming';
  });
  return {
    learnerId: learner.id,
    name: learner.leaderboardOptOut ? null : learner.displayName,
    cells,
    paceIndex,
  };
}
