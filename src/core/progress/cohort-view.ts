import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { pausedDaysIn } from '../learner/pauses.js';
import { completedDays } from '../learner/progress.js';
import { standingAt, type Standing } from '../learner/standing.js';
import { daysBetween, localDateOf } from '../time/local-date.js';
import { heatRow, type HeatRow } from './cohort-heatmap.js';

/** Days behind their own calendar that put a learner at risk. */
export const RISK_BEHIND_DAYS = 3;
/** Unpaused days without a completion that put a learner at risk. */
export const RISK_IDLE_DAYS = 3;

/**
 * Why an admin should look at a learner: their streak ends today unless they finish a day,
 * they trail their calendar by {@link RISK_BEHIND_DAYS} or more, or they have done nothing
 * for {@link RISK_IDLE_DAYS} unpaused days.
 */
export type RiskReason =
  | { readonly kind: 'streak-ending'; readonly streak: number }
  | { readonly kind: 'behind'; readonly days: number }
  | { readonly kind: 'idle'; readonly days: number };

/** One learner of a server as the admin sees them. */
export interface CohortRow {
  readonly learnerId: string;
  /** Null for a learner who opted out of leaderboards: they appear without their name. */
  readonly name: string | null;
  /** Null once every day is done. */
  readonly currentDay: number | null;
  readonly daysDone: number;
  readonly streak: number;
  /** Days behind their own calendar (negative: ahead); null while paused or once finished. */
  readonly behind: number | null;
  readonly paused: boolean;
  /** The local date of their latest completion, null before the first. */
  readonly lastActive: LocalDate | null;
  readonly risks: readonly RiskReason[];
}

/** How many of the cohort completed one plan day. */
export interface FunnelStep {
  readonly day: number;
  readonly done: number;
}

/** A server's learners: one row each (most behind first), the completion funnel by plan day, and the heatmap. */
export interface CohortView {
  readonly rows: readonly CohortRow[];
  readonly funnel: readonly FunnelStep[];
  /** A row per learner in the order of `rows`. */
  readonly heatmap: readonly HeatRow[];
}

/** The latest local date the learner completed a day on, or null. */
export function lastActiveDate(learner: Learner): LocalDate | null {
  let last: LocalDate | null = null;
  for (const c of learner.completions) if (last === null || c.localDate > last) last = c.localDate;
  return last;
}

/**
 * Why the learner is at risk on `now` (in their own zone); empty when they are not. A paused
 * or finished learner is never at risk; paused days never count as idle.
 */
export function riskReasons(standing: Standing, now: Date): RiskReason[] {
  const { learner } = standing;
  if (standing.pausedSince !== null || standing.current === null) return [];
  const reasons: RiskReason[] = [];
  if (standing.streak.atRisk) reasons.push({ kind: 'streak-ending', streak: standing.streak.current });
  if (standing.behind >= RISK_BEHIND_DAYS) reasons.push({ kind: 'behind', days: standing.behind });
  const today = localDateOf(now, learner.timezone);
  const since = lastActiveDate(learner) ?? learner.startDate;
  if (since < today) {
    const idle = daysBetween(since, today) - pausedDaysIn(learner.pauses, since, today);
    if (idle >= RISK_IDLE_DAYS) reasons.push({ kind: 'idle', days: idle });
  }
  return reasons;
}

/** The admin's row for one learner on `now`. */
export function cohortRow(plan: Plan, learner: Learner, now: Date): CohortRow {
  const standing = standingAt(plan, learner, now);
  const paused = standing.pausedSince !== null;
  return {
    learnerId: learner.id,
    name: learner.leaderboardOptOut ? null : learner.displayName,
    currentDay: standing.current?.day.day ?? null,
    daysDone: standing.daysDone,
    streak: standing.streak.current,
    behind: paused || standing.current === null ? null : standing.behind,
    paused,
    lastActive: lastActiveDate(learner),
    risks: riskReasons(standing, now),
  };
}

/** For each plan day in order, how many of `learners` completed it. */
export function completionFunnel(plan: Plan, learners: readonly Learner[]): FunnelStep[] {
  const counts = new Map<number, number>();
  for (const learner of learners)
    for (const day of completedDays(learner)) counts.set(day, (counts.get(day) ?? 0) + 1);
  return plan.days.map((d) => ({ day: d.day, done: counts.get(d.day) ?? 0 }));
}

// Paused and finished learners have no pace: they sort after everyone who has one.
const behindRank = (row: CohortRow): number => row.behind ?? Number.MIN_SAFE_INTEGER;

/** The cohort view of `learners` on `now`: rows most behind first (then by name), and the funnel. */
export function cohortView(plan: Plan, learners: readonly Learner[], now: Date): CohortView {
  const paired = learners.map((learner) => ({ learner, row: cohortRow(plan, learner, now) }));
  paired.sort(
    ({ row: a }, { row: b }) =>
      behindRank(b) - behindRank(a) ||
      (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff') ||
      a.learnerId.localeCompare(b.learnerId),
  );
  return {
    rows: paired.map(({ row }) => row),
    funnel: completionFunnel(plan, learners),
    heatmap: paired.map(({ learner }) => heatRow(plan, learner, now)),
  };
}
