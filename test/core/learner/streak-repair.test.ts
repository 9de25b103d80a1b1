import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/core/learner/learner.js';
import { streakOf } from '../../../src/core/learner/streak.js';
import { dates, doneOn, learner } from './learner-fixtures.js';

/** A New York learner with one completion per listed local date (a date listed twice: two days done). */
function streakOn(done: readonly LocalDate[], today: LocalDate) {
  return streakOf(learner({ completions: doneOn(done) }), new Date(`${today}T20:00:00Z`));
}

// Four days in a row earn no freeze (one per 5 days done): a miss then breaks the streak.
const FOUR = dates('2026-03-02', 4); // 03-02 .. 03-05

describe('GIVEN a four-day streak and no freeze, then a missed day (03-06)', () => {
  it('WHEN it is the next day and nothing is done yet THEN the streak is 0 and repairable: it was 4', () => {
    const streak = streakOn(FOUR, '2026-03-07');
    expect(streak).toMatchObject({ current: 0, repairable: { was: 4 }, repairsLeft: 2, repairedDates: [] });
  });

  it('WHEN one day is done that day THEN the count restarts at 1 and a second day still repairs', () => {
    expect(streakOn([...FOUR, '2026-03-07'], '2026-03-07')).toMatchObject({
      current: 1,
      repairable: { was: 4 },
    });
  });

  it('WHEN two days are done that day THEN the miss is repaired: the streak goes on at 5, one repair used', () => {
    const streak = streakOn([...FOUR, '2026-03-07', '2026-03-07'], '2026-03-07');
    expect(streak).toMatchObject({
      current: 5,
      longest: 5,
      repairedDates: ['2026-03-06'],
      repairsLeft: 1,
      repairable: null,
    });
    // Asked again later, the repair stays.
    expect(streakOn([...FOUR, '2026-03-07', '2026-03-07', '2026-03-08'], '2026-03-08')).toMatchObject({
      current: 6,
      repairsLeft: 1,
    });
  });

  it('WHEN the day to repair has passed THEN it cannot be repaired any more', () => {
    expect(streakOn(FOUR, '2026-03-08')).toMatchObject({ current: 0, repairable: null, repairsLeft: 2 });
    expect(streakOn([...FOUR, '2026-03-08', '2026-03-08'], '2026-03-08')).toMatchObject({
      current: 1,
      repairsLeft: 2,
    });
  });
});

describe('GIVEN a learner who already repaired twice', () => {
  it('WHEN a third miss comes THEN two days the next day no longer repair it', () => {
    const done = [
      ...FOUR,
      '2026-03-07',
      '2026-03-07', // repairs 03-06 (and earns a freeze: 6 days done)
      '2026-03-08', // 7 days done
    ];
    // Freezes earned (one per 5 days done) cover 03-09 and 03-13 first; 03-11 is repaired; 03-15 is not.
    const history = [
      ...done,
      '2026-03-10',
      '2026-03-12',
      '2026-03-12',
      '2026-03-14',
      '2026-03-16',
      '2026-03-16',
    ];
    const streak = streakOn(history, '2026-03-16');
    expect(streak.frozenDates).toEqual(['2026-03-09', '2026-03-13']);
    expect(streak.repairedDates).toEqual(['2026-03-06', '2026-03-11']);
    expect(streak).toMatchObject({ current: 1, repairsLeft: 0, repairable: null });
  });
});
