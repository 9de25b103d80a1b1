import type { Learner } from '../learner/learner.js';
import { streakOf } from '../learner/streak.js';

/** One learner's line on a server's leaderboard; `rank` is shared by ties (1, 1, 3). */
export interface LeaderboardLine {
  readonly learnerId: string;
  /** User input: front ends escape it. */
  readonly name: string;
  readonly streak: number;
  readonly daysDone: number;
  readonly rank: number;
}

/** The top of a server's leaderboard and where the asking learner stands. */
export interface Leaderboard {
  readonly top: readonly LeaderboardLine[];
  /** The asker's own line; `opted-out` when they chose not to appear, `absent` before their first day here. */
  readonly you: LeaderboardLine | 'opted-out' | 'absent';
  /** Learners on the board (opted-out learners are not counted). */
  readonly total: number;
}

/** How many lines the board shows. */
export const LEADERBOARD_SIZE = 10;

/**
 * Ranks learners by current streak, then days done; ties share a rank and are listed by
 * name. Opted-out learners are left out entirely: they are neither shown nor counted.
 */
export function buildLeaderboard(learners: readonly Learner[], askerId: string, now: Date): Leaderboard {
  const shown = learners
    .filter((learner) => !learner.leaderboardOptOut)
    .map((learner) => ({
      learnerId: learner.id,
      name: learner.displayName,
      streak: streakOf(learner, now).current,
      daysDone: learner.completions.length,
    }))
    .sort((a, b) => b.streak - a.streak || b.daysDone - a.daysDone || a.name.localeCompare(b.name, 'en'));
  const ranked: LeaderboardLine[] = [];
  shown.forEach((line, index) => {
    const previous = ranked[index - 1];
    const tied =
      previous !== undefined && previous.streak === line.streak && previous.daysDone === line.daysDone;
    ranked.push({ ...line, rank: tied ? previous.rank : index + 1 });
  });
  const asker = learners.find((learner) => learner.id === askerId);
  const you = asker?.leaderboardOptOut
    ? 'opted-out'
    : (ranked.find((line) => line.learnerId === askerId) ?? 'absent');
  return { top: ranked.slice(0, LEADERBOARD_SIZE), you, total: ranked.length };
}
