import type { Learner } from '../learner/learner.js';
import { streakOf } from '../learner/streak.js';
import { endOfLocalDay } from '../time/instant-of.js';
import type { LeaderboardLine } from './leaderboard.js';

// Days done stay far below this in any plan, so one number orders by streak, then days done.
const STREAK_WEIGHT = 100_000;

/** A learner's place in a server's ranking: one score, and when it must be worked out again. */
export interface RankingEntry {
  /** Streak, then days done, in one number: higher ranks higher. */
  readonly score: number;
  /**
   * The instant (ms) after which the streak may change without a completion (a missed day
   * breaks it or spends a freeze); null when it cannot (no streak to lose).
   */
  readonly recheckAt: number | null;
}

/** Streak and days done as one ranking score, and back. */
export const scoreOf = (streak: number, daysDone: number): number => streak * STREAK_WEIGHT + daysDone;
export const standingOfScore = (score: number): { readonly streak: number; readonly daysDone: number } => ({
  streak: Math.floor(score / STREAK_WEIGHT),
  daysDone: score % STREAK_WEIGHT,
});

/**
 * Where a learner ranks at `now`, and until when that holds: a streak with today done is
 * safe until tomorrow ends, one with today still open until today ends. Null for a learner
 * who is not on leaderboards (opted out).
 */
export function rankingEntryOf(learner: Learner, now: Date): RankingEntry | null {
  if (learner.leaderboardOptOut) return null;
  const streak = streakOf(learner, now);
  const score = scoreOf(streak.current, learner.completions.length);
  if (streak.current === 0) return { score, recheckAt: null };
  const endsAt = streak.doneToday
    ? endOfLocalDay(new Date(streak.todayEndsAt.getTime() + 1), learner.timezone)
    : streak.todayEndsAt;
  return { score, recheckAt: endsAt.getTime() };
}

/**
 * The top of a ranking (every entry scored above the last one included) as leaderboard
 * lines, highest first; ties share the rank of the first of them (1, 1, 3) and are listed by
 * name. Entries without a name (their record is gone) keep their place in the ranks but get
 * no line.
 */
export function rankedLines(
  entries: readonly { readonly learnerId: string; readonly name: string | null; readonly score: number }[],
): LeaderboardLine[] {
  const sorted = [...entries].sort(
    (a, b) => b.score - a.score || (a.name ?? '').localeCompare(b.name ?? '', 'en'),
  );
  const lines: LeaderboardLine[] = [];
  let rank = 0;
  sorted.forEach((entry, index) => {
    if (index === 0 || sorted[index - 1]?.score !== entry.score) rank = index + 1;
    if (entry.name === null) return;
    lines.push({ learnerId: entry.learnerId, name: entry.name, ...standingOfScore(entry.score), rank });
  });
  return lines;
}
