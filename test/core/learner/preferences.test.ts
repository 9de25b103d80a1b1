import { describe, expect, it } from 'vitest';
import { setLeaderboard, setStreakWarning } from '../../../src/core/learner/preferences.js';
import { learner } from './learner-fixtures.js';

describe('setStreakWarning', () => {
  it.each<[string, number | null | 'bad']>([
    ['20', 20],
    ['0', 0],
    ['07', 7],
    ['21:00', 21],
    [' OFF ', null],
    ['24', 'bad'],
    ['-1', 'bad'],
    ['20:30', 'bad'],
    ['eight', 'bad'],
    ['', 'bad'],
  ])('GIVEN "%s" WHEN set THEN the hour is %s', (input, expected) => {
    const result = setStreakWarning(learner({ streakWarningHour: 9 }), input);
    if (expected === 'bad') expect(result).toEqual({ kind: 'bad-hour', input });
    else
      expect(result).toMatchObject({
        kind: 'streak-warning-set',
        hour: expected,
        learner: { streakWarningHour: expected },
      });
  });
});

describe('setLeaderboard', () => {
  it.each<[string, boolean | 'bad']>([
    ['off', false],
    ['On', true],
    ['maybe', 'bad'],
  ])('GIVEN "%s" WHEN set THEN shown is %s', (input, expected) => {
    const result = setLeaderboard(learner(), input);
    if (expected === 'bad') expect(result).toEqual({ kind: 'bad-switch', input });
    else
      expect(result).toMatchObject({
        kind: 'leaderboard-set',
        shown: expected,
        learner: { leaderboardOptOut: !expected },
      });
  });
});
