import { describe, expect, it } from 'vitest';
import type { CohortRow, FunnelStep } from '../../../src/core/progress/cohort-view.js';
import { cohortCsv } from '../../../src/presenters/text/cohort-csv.js';
import { funnelLine, renderCohort } from '../../../src/presenters/text/cohort-text.js';

const row = (overrides: Partial<CohortRow> = {}): CohortRow => ({
  learnerId: 'u1',
  name: 'Ada',
  currentDay: 33,
  daysDone: 2,
  streak: 0,
  behind: 4,
  paused: false,
  lastActive: '2026-05-27',
  risks: [
    { kind: 'behind', days: 4 },
    { kind: 'idle', days: 5 },
  ],
  ...overrides,
});
const funnel = (count: number): FunnelStep[] =>
  Array.from({ length: count }, (_, i) => ({ day: 1 + i, done: count - i }));

describe('renderCohort', () => {
  it('GIVEN 500 learners at risk with long names and a 400-day funnel WHEN rendered THEN one message of at most 2,000 characters', () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      row({ learnerId: `u${i}`, name: `${'Very long learner name '.repeat(5)}${i}` }),
    );
    const text = renderCohort({
      kind: 'cohort',
      view: { rows, funnel: funnel(400), heatmap: [] },
      unreadable: 2,
      asOf: new Date(),
    });
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text).toContain('Cohort: 500 learners, 500 at risk.');
    expect(text).toContain('- and 490 more (see the CSV)');
    expect(text).toContain("2 learner records couldn't be read just now");
    expect(text).toMatch(/Every learner's progress is in the attached CSV\.$/);
  });

  it('GIVEN names with markdown and a mention WHEN rendered THEN both are inert', () => {
    const text = renderCohort({
      kind: 'cohort',
      view: { rows: [row({ name: '**@everyone**\nhi' })], funnel: funnel(1), heatmap: [] },
      unreadable: 0,
      asOf: new Date(),
    });
    expect(text).toContain('- \\*\\*@\u200beveryone\\*\\* hi: 4 days behind, nothing done for 5 days');
  });
});

describe('funnelLine', () => {
  it('GIVEN equal counts in a row and untouched days at the end WHEN written THEN runs are merged and the tail left out', () => {
    const steps = [3, 2, 2, 2, 1, 0, 0].map((done, i) => ({ day: 31 + i, done }));
    expect(funnelLine(steps)).toBe('Day 31: 3 · Days 32–34: 2 · Day 35: 1');
    expect(
      funnelLine([
        { day: 31, done: 0 },
        { day: 32, done: 0 },
      ]),
    ).toBe('Day 31: 0');
  });
});

describe('cohortCsv', () => {
  it('GIVEN names with commas, quotes, a formula and an opted-out learner WHEN written THEN each stays in its own field, inert', () => {
    const csv = cohortCsv([
      row({ name: 'Lee, "Al"' }),
      row({ name: '=HYPERLINK("x")', behind: -1, risks: [] }),
      row({ name: null, paused: true, behind: null, currentDay: null, lastActive: null, risks: [] }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'name,current_day,days_done,streak,days_behind,paused,last_active,at_risk',
      '"Lee, ""Al""",33,2,0,4,no,2026-05-27,4 days behind; nothing done for 5 days',
      `"'=HYPERLINK(""x"")",33,2,0,-1,no,2026-05-27,`,
      '(hidden),finished,2,0,,yes,,',
      '',
    ]);
  });
});
