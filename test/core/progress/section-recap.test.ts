import { describe, expect, it } from 'vitest';
import { buildSectionRecap, recapDue, type RecapSchedule } from '../../../src/core/progress/section-recap.js';
import { realPlan } from '../../support/real-plan.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // sections 31-35 and 36-40
const HOUR = 3_600_000;
const schedule: RecapSchedule = {
  startDate: '2026-06-01',
  time: '09:00',
  timezone: 'Europe/Berlin',
  paused: false,
  recaps: true,
};

describe('recapDue for a Berlin cohort that started 2026-06-01 (posts at 09:00, 07:00Z)', () => {
  it.each<[string, Partial<RecapSchedule>, string, object]>([
    [
      'the slot after Day 35, the end of the first section',
      {},
      '2026-06-06T07:30:00Z',
      { kind: 'recap', sectionIndex: 0, slotDate: '2026-06-06' },
    ],
    [
      'the slot after Day 40, the last section',
      {},
      '2026-06-11T07:30:00Z',
      { kind: 'recap', sectionIndex: 1, slotDate: '2026-06-11' },
    ],
    [
      'a slot in the middle of a section',
      {},
      '2026-06-07T07:30:00Z',
      { kind: 'none', reason: 'not-section-end' },
    ],
    ["before that day's slot", {}, '2026-06-06T06:30:00Z', { kind: 'none', reason: 'not-yet' }],
    ['13 hours after the slot', {}, '2026-06-06T20:00:00Z', { kind: 'none', reason: 'beyond-grace' }],
    ['recaps switched off', { recaps: false }, '2026-06-06T07:30:00Z', { kind: 'none', reason: 'off' }],
    ['a paused server', { paused: true }, '2026-06-06T07:30:00Z', { kind: 'none', reason: 'paused' }],
  ])('GIVEN %s WHEN asked at %s THEN %j', (_case, change, now, expected) => {
    expect(recapDue(plan, { ...schedule, ...change }, new Date(now), 12 * HOUR)).toEqual(expected);
  });
});

describe('buildSectionRecap over the real plan', () => {
  const now = new Date('2026-03-09T16:00:00Z');
  const learners = [
    learner({ id: 'a', displayName: 'Ada', completions: doneOn(dates('2026-03-02', 7)) }),
    learner({ id: 'b', displayName: 'Bo', completions: doneOn(dates('2026-03-04', 6)) }),
    learner({ id: 'c', displayName: 'Cy', completions: doneOn(dates('2026-03-08', 2)) }),
    learner({
      id: 'h',
      displayName: 'Hidden',
      completions: doneOn(dates('2026-03-01', 9)),
      leaderboardOptOut: true,
    }),
  ];

  it('GIVEN Module 5 ends WHEN the recap is built THEN it names who finished Day 37, the longest streaks, never an opted-out learner', () => {
    expect(buildSectionRecap(realPlan(), 0, learners, now)).toEqual({
      label: 'Module 5',
      title: 'Spark Fundamentals + PySpark',
      projectDay: 37,
      finishers: ['Ada'],
      streaks: [
        { name: 'Ada', days: 7 },
        { name: 'Bo', days: 6 },
      ],
      nextDay: { day: 38, title: 'Airflow Architecture' },
    });
  });

  it('GIVEN the review section ends WHEN the recap is built THEN its project day is its last and nothing comes next', () => {
    expect(buildSectionRecap(realPlan(), 4, [], now)).toMatchObject({
      label: 'Review and Advanced Preparation',
      projectDay: 60,
      finishers: [],
      nextDay: null,
    });
  });
});
