import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/core/learner/learner.js';
import { cohortRow, cohortView, completionFunnel } from '../../../src/core/progress/cohort-view.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // days 31..40
const at = (date: LocalDate): Date => new Date(`${date}T16:00:00Z`); // late morning in New York
const TODAY = '2026-03-06'; // the calendar shows Day 35 for a 2026-03-02 start

describe('cohortRow', () => {
  it('GIVEN a learner on pace who did today WHEN viewed THEN no risks, and the figures of their standing', () => {
    const row = cohortRow(plan, learner({ completions: doneOn(dates('2026-03-02', 5)) }), at(TODAY));
    expect(row).toEqual({
      learnerId: 'u1',
      name: 'Ada',
      currentDay: 36,
      daysDone: 5,
      streak: 5,
      behind: 0, // doing today's calendar day is on pace, not ahead
      paused: false,
      lastActive: TODAY,
      risks: [],
    });
  });

  it('GIVEN a streak of 4 and today not done WHEN viewed THEN at risk only because the streak ends today', () => {
    const row = cohortRow(plan, learner({ completions: doneOn(dates('2026-03-02', 4)) }), at(TODAY));
    expect(row.risks).toEqual([{ kind: 'streak-ending', streak: 4 }]);
    expect(row.behind).toBe(0);
  });

  it('GIVEN one day done on the first date WHEN viewed four days later THEN 3 behind and idle 4 days', () => {
    const row = cohortRow(plan, learner({ completions: doneOn(['2026-03-02']) }), at(TODAY));
    expect(row).toMatchObject({ currentDay: 32, behind: 3, streak: 0, lastActive: '2026-03-02' });
    expect(row.risks).toEqual([
      { kind: 'behind', days: 3 },
      { kind: 'idle', days: 4 },
    ]);
  });

  it('GIVEN two days behind and idle for exactly 2 days WHEN viewed THEN not at risk', () => {
    const who = learner({ completions: doneOn(['2026-03-02', '2026-03-04']) });
    expect(cohortRow(plan, who, at(TODAY))).toMatchObject({ behind: 2, streak: 0, risks: [] });
  });

  it('GIVEN nothing done since a start 3 days ago WHEN viewed THEN idle counts from the start date', () => {
    const row = cohortRow(plan, learner({ startDate: '2026-03-03' }), at(TODAY));
    expect(row.risks).toEqual([
      { kind: 'behind', days: 3 },
      { kind: 'idle', days: 3 },
    ]);
    expect(row.lastActive).toBeNull();
  });

  it('GIVEN a learner paused since 03-03 WHEN viewed THEN paused, no pace, never at risk', () => {
    const who = learner({ completions: doneOn(['2026-03-02']), pauses: [paused('2026-03-03')] });
    expect(cohortRow(plan, who, at(TODAY))).toMatchObject({ paused: true, behind: null, risks: [] });
  });

  it('GIVEN a pause that ended WHEN viewed THEN the paused days are not counted as idle', () => {
    const who = learner({
      completions: doneOn(dates('2026-03-02', 2)),
      pauses: [paused('2026-03-04', '2026-03-06')],
    });
    const row = cohortRow(plan, who, at('2026-03-07'));
    expect(row).toMatchObject({ paused: false, behind: 1, risks: [] });
  });

  it('GIVEN a learner who opted out of leaderboards WHEN viewed THEN the row has no name', () => {
    const row = cohortRow(plan, learner({ leaderboardOptOut: true }), at(TODAY));
    expect(row.name).toBeNull();
  });

  it('GIVEN every day done WHEN viewed THEN no current day, no pace and no risk', () => {
    const row = cohortRow(plan, learner({ completions: doneOn(dates('2026-02-20', 10)) }), at(TODAY));
    expect(row).toMatchObject({ currentDay: null, daysDone: 10, behind: null, risks: [] });
  });
});

describe('cohortView', () => {
  const ada = learner({ id: 'a', displayName: 'Ada', completions: doneOn(dates('2026-03-02', 5)) });
  const bo = learner({ id: 'b', displayName: 'Bo', completions: doneOn(['2026-03-02']) });
  const cy = learner({ id: 'c', displayName: 'Cy', completions: doneOn(dates('2026-03-02', 3)) });

  it('GIVEN three learners WHEN viewed THEN the funnel counts who completed each plan day', () => {
    expect(completionFunnel(plan, [ada, bo, cy]).slice(0, 6)).toEqual([
      { day: 31, done: 3 },
      { day: 32, done: 2 },
      { day: 33, done: 2 },
      { day: 34, done: 1 },
      { day: 35, done: 1 },
      { day: 36, done: 0 },
    ]);
    expect(completionFunnel(plan, [])).toHaveLength(10);
  });

  it('GIVEN three learners and a paused one WHEN viewed THEN rows are most behind first, the paused one last', () => {
    const al = learner({ id: 'd', displayName: 'Al', pauses: [paused('2026-03-03')] });
    const view = cohortView(plan, [al, ada, cy, bo], at(TODAY));
    expect(view.rows.map((row) => [row.name, row.behind])).toEqual([
      ['Bo', 3],
      ['Cy', 1],
      ['Ada', 0],
      ['Al', null],
    ]);
    expect(view.heatmap.map((row) => row.name)).toEqual(['Bo', 'Cy', 'Ada', 'Al']);
  });
});
