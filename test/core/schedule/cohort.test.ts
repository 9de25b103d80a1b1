import { describe, expect, it } from 'vitest';
import { cohortDay } from '../../../src/core/schedule/cohort.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const plan = tinyPlan(); // days 31..35

describe('cohortDay', () => {
  it.each([
    [
      'three days before the start',
      '2026-02-27',
      { kind: 'before-start', startsOn: '2026-03-02', inDays: 3 },
    ],
    ['the day before the start', '2026-03-01', { kind: 'before-start', startsOn: '2026-03-02', inDays: 1 }],
    ['the start date', '2026-03-02', { kind: 'day', day: 31 }],
    ['the last plan day', '2026-03-06', { kind: 'day', day: 35 }],
    ['the day after the last', '2026-03-07', { kind: 'finished', lastDay: 35 }],
  ])('GIVEN a cohort starting 2026-03-02 WHEN it is %s (%s) THEN %j', (_case, today, expected) => {
    expect(cohortDay(plan, '2026-03-02', today)).toEqual(expected);
  });

  it('GIVEN a 30-day plan starting 2026-03-01 WHEN it is 2026-03-08 across spring-forward THEN it is day 38', () => {
    expect(cohortDay(tinyPlan({ count: 30 }), '2026-03-01', '2026-03-08')).toEqual({ kind: 'day', day: 38 });
  });
});
