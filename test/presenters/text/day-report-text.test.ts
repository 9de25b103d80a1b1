import { describe, expect, it } from 'vitest';
import type { DayReportOutcome } from '../../../src/app/progress/day-report.js';
import type { DayPollResults } from '../../../src/core/progress/day-poll.js';
import { dayStandouts, type DayReportRow } from '../../../src/core/progress/day-report.js';
import {
  REPORT_MAX_DAYS,
  dayReportLine,
  renderDayReport,
} from '../../../src/presenters/text/day-report-text.js';

const row = (day: number, done: number, reached: number, poll: DayPollResults | null): DayReportRow => ({
  day,
  title: `Topic ${day}`,
  slotDate: '2026-06-01',
  completion: { day, done, reached },
  poll,
});

describe('dayReportLine', () => {
  it.each([
    [
      row(31, 3, 4, { kind: 'counted', counts: [1, 2, 0, 1], final: true }),
      'done 3/4 (75%) · Easy 1 · About right 2 · Hard 0 · Too long 1',
    ],
    [
      row(31, 3, 4, { kind: 'counted', counts: [0, 1, 0, 0], final: false }),
      'done 3/4 (75%) · still open: Easy 0 · About right 1 · Hard 0 · Too long 0',
    ],
    [
      row(31, 0, 2, { kind: 'counted', counts: [0, 0, 0, 0], final: false }),
      'done 0/2 (0%) · poll still open, no votes yet',
    ],
    [
      row(31, 0, 2, { kind: 'counted', counts: [0, 0, 0, 0], final: true }),
      'done 0/2 (0%) · poll ended with no votes',
    ],
    [row(31, 0, 0, null), 'no learner reached it yet · no poll'],
    [row(31, 1, 1, { kind: 'no-poll' }), 'done 1/1 (100%) · no poll'],
    [
      row(31, 1, 1, { kind: 'unreadable', reason: 'gone' }),
      'done 1/1 (100%) · poll unreadable: the post was deleted',
    ],
  ])('GIVEN a day WHEN worded THEN %#', (given, words) => {
    expect(dayReportLine(given)).toBe(`Day 31 · 2026-06-01: ${words}`);
  });
});

describe('renderDayReport', () => {
  it('GIVEN 60 posted days with polls WHEN worded THEN the latest days fit one message and the earlier ones are counted', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      row(31 + i, 100, 120, { kind: 'counted', counts: [100, 100, 100, 100], final: true }),
    );
    const outcome: DayReportOutcome = {
      kind: 'report',
      rows,
      standouts: dayStandouts(rows),
      pollOn: true,
      unreadable: 2,
      asOf: new Date(0),
    };
    const text = renderDayReport(outcome);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toContain(`The latest ${REPORT_MAX_DAYS} days (45 earlier days not shown):`);
    expect(text).toContain('Day 90 · ');
    expect(text).not.toContain('Day 75 · ');
    expect(text).toContain('Most "too long": Day 31 (100 of 400 votes, 25%).');
    expect(text.split('\n').at(-1)).toBe('2 learners could not be read just now and are not counted.');
  });

  it('GIVEN the poll is off and nothing posted WHEN worded THEN it says how to turn the poll on', () => {
    expect(renderDayReport({ kind: 'no-posts', pollOn: false })).toBe(
      'No day has been posted here yet, so there is nothing to report. The day poll is off: /coach poll state:on puts it on the next posts.',
    );
  });
});
