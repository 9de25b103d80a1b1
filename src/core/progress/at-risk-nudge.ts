import type { DayPlace } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { shift } from '../learner/shift.js';
import { standingAt } from '../learner/standing.js';
import { addDays, localDateOf } from '../time/local-date.js';
import { riskReasons, type RiskReason } from './cohort-view.js';

/** The risks a nudge answers: drifting away from the plan, not a streak about to end today. */
export type NudgeReason = Extract<RiskReason, { kind: 'idle' | 'behind' }>;

/** The weekly nudge to a learner at risk: why, the ISO week it belongs to, and their day to pick up. */
export interface AtRiskNudge {
  readonly reason: NudgeReason;
  /** The Monday of the learner's ISO week (their zone): one nudge per learner per week. */
  readonly week: LocalDate;
  /** The learner's current day: the one concrete next step. */
  readonly day: DayPlace;
  /** `/shift` would restart their calendar from that day (they are behind, with a day done). */
  readonly canShift: boolean;
}

/** The Monday of the ISO week `date` falls in (ISO weeks start on Monday). */
export function isoWeekMonday(date: LocalDate): LocalDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The nudge due for the learner on `now`, or null when they are not at risk. The cohort
 * view's rules decide (`riskReasons`: never paused, never finished), but a streak ending
 * today alone does not count: every learner with a streak is in that state before they
 * study each day, and the streak warning DM speaks to it already. Idle comes before behind:
 * "a few days away" is the kinder and more likely truth when both hold.
 */
export function atRiskNudgeOf(plan: Plan, learner: Learner, now: Date): AtRiskNudge | null {
  const standing = standingAt(plan, learner, now);
  if (standing.current === null) return null;
  const reasons = riskReasons(standing, now);
  const reason =
    reasons.find((r): r is NudgeReason => r.kind === 'idle') ??
    reasons.find((r): r is NudgeReason => r.kind === 'behind');
  if (reason === undefined) return null;
  return {
    reason,
    week: isoWeekMonday(localDateOf(now, learner.timezone)),
    day: standing.current,
    canShift: shift(plan, learner, now).kind === 'shifted',
  };
}
