import { describe, expect, it } from 'vitest';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { calendarDay, currentDay, daysBehind } from '../../../src/core/learner/progress.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from './learner-fixtures.js';

const plan = tinyPlan(); // days 31..35

describe('newLearner', () => {
  it('GIVEN an id, name, zone and start date WHEN enrolling THEN the learner has no progress and everything optional is off', () => {
    expect(
      newLearner({ id: 'u1', displayName: 'Ada', timezone: 'Pacific/Auckland', startDate: '2026-03-02' }),
    ).toEqual({
      id: 'u1',
      displayName: 'Ada',
      timezone: 'Pacific/Auckland',
      startDate: '2026-03-02',
      completions: [],
      pauses: [],
      reminderTime: null,
      dmBlocked: 'no',
      streakWarningHour: null,
      leaderboardOptOut: false,
    });
  });
});

describe('currentDay', () => {
  it.each([
    ['nothing done', [], 31],
    ['days 31 and 32 done', dates('2026-03-02', 2), 33],
    ['the last day left', dates('2026-03-02', 4), 35],
    ['every day done', dates('2026-03-02', 5), null],
  ])('GIVEN %s WHEN asking for the current day THEN it is %j', (_case, done, expected) => {
    expect(currentDay(plan, learner({ completions: doneOn(done) }))).toBe(expected);
  });
});

describe('calendarDay', () => {
  it.each([
    ['before the start date', [], '2026-02-20', 31],
    ['on the start date', [], '2026-03-02', 31],
    ['two days after the start', [], '2026-03-04', 33],
    ['on the last plan day', [], '2026-03-06', 35],
    ['long after the plan ends', [], '2026-04-30', 35],
    ['after a closed 2-day pause', [paused('2026-03-03', '2026-03-05')], '2026-03-06', 33],
    ['during an open pause', [paused('2026-03-03')], '2026-03-10', 32],
    ['on the day the pause began', [paused('2026-03-03')], '2026-03-03', 32],
    ['after a same-day pause and resume', [paused('2026-03-03', '2026-03-03')], '2026-03-04', 33],
    ['with a pause from before the start date', [paused('2026-02-25', '2026-03-04')], '2026-03-05', 32],
  ])(
    'GIVEN a learner starting 2026-03-02 %s WHEN today is %s THEN the calendar shows day %i',
    (_case, pauses, today, expected) => {
      expect(calendarDay(plan, learner({ pauses }), today)).toBe(expected);
    },
  );
});

describe('daysBehind', () => {
  it.each([
    ['on pace', dates('2026-03-02', 2), [], '2026-03-04T15:00:00Z', 0],
    ['nothing done two days in', [], [], '2026-03-04T15:00:00Z', 2],
    ['one day done four days in', dates('2026-03-02', 1), [], '2026-03-06T15:00:00Z', 3],
    ['today done (on pace, not ahead)', dates('2026-03-02', 1), [], '2026-03-02T15:00:00Z', 0],
    ['three days done on the first day (two ahead)', dates('2026-03-02', 3), [], '2026-03-02T15:00:00Z', -2],
    ['finished', dates('2026-03-02', 5), [], '2026-05-01T15:00:00Z', 0],
    [
      'behind by one, then paused three days',
      dates('2026-03-02', 1),
      [paused('2026-03-03')],
      '2026-03-06T15:00:00Z',
      0,
    ],
    ['far past the end with a day left', dates('2026-03-02', 4), [], '2026-06-01T15:00:00Z', 0],
    ['far past the end with two days left', dates('2026-03-02', 3), [], '2026-06-01T15:00:00Z', 1],
  ])(
    'GIVEN a learner in New York %s WHEN it is %s THEN they are %i days behind',
    (_case, done, pauses, now, expected) => {
      expect(daysBehind(plan, learner({ completions: doneOn(done), pauses }), new Date(now))).toBe(expected);
    },
  );

  it.each([
    ['Pacific/Auckland', 2],
    ['America/Los_Angeles', 1],
  ])(
    'GIVEN learners starting 2026-03-02 with nothing done WHEN it is 2026-03-03T12:00Z and they live in %s THEN they are %i days behind',
    (timezone, expected) => {
      const now = new Date('2026-03-03T12:00:00Z'); // 01:00 on 03-04 in Auckland, 04:00 on 03-03 in LA
      expect(daysBehind(plan, learner({ timezone }), now)).toBe(expected);
    },
  );
});
