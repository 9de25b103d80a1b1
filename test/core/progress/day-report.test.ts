import { describe, expect, it } from 'vitest';
import type { DayPollResults } from '../../../src/core/progress/day-poll.js';
import { dayCompletions, dayStandouts, type DayReportRow } from '../../../src/core/progress/day-report.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 5 }); // days 31..35

describe('dayCompletions', () => {
  it.each([
    ['no learners', [], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
    ['one on Day 33 (31, 32 done)', [doneOn(dates('2026-03-02', 2))], [1, 1, 0, 0, 0], [1, 1, 1, 0, 0]],
    ['one who finished', [doneOn(dates('2026-03-02', 5))], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1]],
    ['one who has done nothing (on Day 31)', [[]], [0, 0, 0, 0, 0], [1, 0, 0, 0, 0]],
    [
      'three: past 32, on 32, on 31',
      [doneOn(dates('2026-03-02', 2)), doneOn(['2026-03-02']), []],
      [2, 1, 0, 0, 0],
      [3, 2, 1, 0, 0],
    ],
    // Day 34 done out of order: reached (done) though Days 32-33 lie ahead of their current day.
    [
      'one on Day 32 who did 34 early',
      [[...doneOn(['2026-03-02']), ...doneOn(['2026-03-03'], 34)]],
      [1, 0, 0, 1, 0],
      [1, 1, 0, 1, 0],
    ],
  ])('GIVEN %s WHEN counted THEN done and reached per day', (_who, completions, done, reached) => {
    const learners = completions.map((c, i) => learner({ id: `u${i}`, completions: c }));
    const rows = dayCompletions(plan, learners);
    expect(rows.map((r) => r.day)).toEqual([31, 32, 33, 34, 35]);
    expect(rows.map((r) => r.done)).toEqual(done);
    expect(rows.map((r) => r.reached)).toEqual(reached);
  });

  it('GIVEN a learner who began at Day 33 WHEN counted THEN the days before their start are not reached', () => {
    const late = learner({ startDay: 33, completions: doneOn(['2026-03-02'], 33) });
    expect(dayCompletions(plan, [late]).map((r) => r.reached)).toEqual([0, 0, 1, 1, 0]);
  });
});

const row = (day: number, done: number, reached: number, poll: DayPollResults | null): DayReportRow => ({
  day,
  title: `Topic ${day}`,
  slotDate: `2026-03-0${day - 30}`,
  completion: { day, done, reached },
  poll,
});
const counted = (counts: number[], final = true): DayPollResults => ({ kind: 'counted', counts, final });

describe('dayStandouts', () => {
  it('GIVEN days with polls WHEN compared THEN the largest share of "too long" and the lowest completion (the latest day aside) stand out', () => {
    const standouts = dayStandouts([
      row(31, 9, 10, counted([3, 5, 1, 1])),
      row(32, 4, 10, counted([0, 1, 1, 2])), // 2 of 4: the largest share
      row(33, 6, 9, { kind: 'no-poll' }),
      row(34, 1, 8, counted([0, 0, 5, 0], false)), // latest: under way
    ]);
    expect(standouts.mostTooLong).toEqual({ day: 32, votes: 2, of: 4 });
    expect(standouts.lowestCompletion).toEqual({ day: 32, done: 4, reached: 10 });
  });

  it('GIVEN no "too long" vote and a single posted day WHEN compared THEN nothing stands out', () => {
    expect(dayStandouts([row(31, 1, 4, counted([2, 0, 0, 0]))])).toEqual({
      mostTooLong: null,
      lowestCompletion: null,
    });
  });
});
