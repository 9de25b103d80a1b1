import { describe, expect, it } from 'vitest';
import type { Learner } from '../../../src/core/learner/learner.js';
import { addDays } from '../../../src/core/time/local-date.js';
import { buildLeaderboard, LEADERBOARD_SIZE } from '../../../src/core/progress/leaderboard.js';
import { dates, doneOn, learner } from '../learner/learner-fixtures.js';

const now = new Date('2026-03-10T16:00:00Z');
/** A learner whose streak runs up to 03-10 for `streak` days, with `extra` older, unconnected days. */
function member(id: string, name: string, streak: number, extra = 0, optOut = false): Learner {
  const older = dates('2026-02-01', extra);
  const recent = dates(addDays('2026-03-10', 1 - streak), streak);
  return learner({
    id,
    displayName: name,
    completions: doneOn([...older, ...recent]),
    leaderboardOptOut: optOut,
  });
}

describe('buildLeaderboard', () => {
  const board = [
    member('a', 'Ada', 5),
    member('b', 'Bo', 7),
    member('c', 'Cy', 5),
    member('d', 'Dee', 5, 3),
    member('h', 'Hidden', 20, 0, true),
  ];

  it('GIVEN learners with streaks WHEN ranked THEN by streak, then days done, ties share a rank and sort by name', () => {
    const result = buildLeaderboard(board, 'a', now);
    expect(result.top.map((l) => [l.rank, l.name, l.streak, l.daysDone])).toEqual([
      [1, 'Bo', 7, 7],
      [2, 'Dee', 5, 8],
      [3, 'Ada', 5, 5],
      [3, 'Cy', 5, 5],
    ]);
    expect(result.you).toMatchObject({ name: 'Ada', rank: 3 });
    expect(result.total).toBe(4);
  });

  it('GIVEN an opted-out learner with the longest streak WHEN anyone looks THEN they are neither shown nor counted', () => {
    const result = buildLeaderboard(board, 'b', now);
    expect(result.top.map((l) => l.learnerId)).not.toContain('h');
    expect(result.total).toBe(4);
    expect(buildLeaderboard(board, 'h', now).you).toBe('opted-out');
  });

  it('GIVEN an asker with no record in the server WHEN they look THEN they are absent', () => {
    expect(buildLeaderboard(board, 'zed', now).you).toBe('absent');
  });

  it('GIVEN more learners than the board shows WHEN ranked THEN the top ten, and the asker still gets their line', () => {
    const many = Array.from({ length: 14 }, (_, i) => member(`m${i}`, `M${String(i).padStart(2, '0')}`, i));
    const result = buildLeaderboard(many, 'm0', now);
    expect(result.top).toHaveLength(LEADERBOARD_SIZE);
    expect(result.you).toMatchObject({ learnerId: 'm0', rank: 14 });
  });
});
