import { describe, expect, it } from 'vitest';
import type { Learner, LocalDate, Pause } from '../../../src/core/learner/learner.js';
import { buildProgressCard, dayStates } from '../../../src/core/progress/build-card.js';
import type { DayState } from '../../../src/core/progress/card-model.js';
import { renderCardText } from '../../../src/core/progress/card-text.js';
import { dateStates, type DateState } from '../../../src/core/learner/date-states.js';
import { realPlan } from '../../support/real-plan.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // days 31..40
const at = (date: LocalDate): Date => new Date(`${date}T16:00:00Z`); // late morning in New York
const NONE = { linkedin: 0, blog: 0 };

/** Day states as one compact string, e.g. `✓✓▶✗○○○○○○`, so a table row reads like the card. */
const MARK: Record<DayState, string> = {
  done: '✓',
  today: '▶',
  missed: '✗',
  upcoming: '○',
  paused: '‖',
  frozen: '❄',
};
const grid = (who: Learner, today: LocalDate): string =>
  [...dayStates(plan, who, at(today)).values()].map((state) => MARK[state]).join('');

/** What happened on each date from `from` to `today`, one marker per date. */
const DATE_MARK: Record<DateState, string> = { ...MARK, none: '·' };
const strip = (who: Learner, from: LocalDate, today: LocalDate): string =>
  dateStates(plan, who, at(today), from, today)
    .map((d) => DATE_MARK[d.state])
    .join('');

describe('dayStates and dateStates for a New York learner who started 2026-03-02', () => {
  it.each<[string, LocalDate[], Pause[], LocalDate, string, string]>([
    ['nothing done, first day', [], [], '2026-03-02', '▶○○○○○○○○○', '▶'],
    ['three days done on time', dates('2026-03-02', 3), [], '2026-03-05', '✓✓✓▶○○○○○○', '✓✓✓▶'],
    ['two days missed, no freeze', ['2026-03-02'], [], '2026-03-05', '✓▶○○○○○○○○', '✓✗✗▶'],
    [
      'a missed day covered by a freeze (across the DST change)',
      dates('2026-03-02', 5),
      [],
      '2026-03-08',
      '✓✓✓✓✓▶○○○○',
      '✓✓✓✓✓❄▶',
    ],
    [
      'a freeze, then a day missed with none left',
      dates('2026-03-02', 5),
      [],
      '2026-03-09',
      '✓✓✓✓✓▶○○○○',
      '✓✓✓✓✓❄✗▶',
    ],
    [
      'paused since 03-04',
      dates('2026-03-02', 2),
      [paused('2026-03-04')],
      '2026-03-06',
      '✓✓‖○○○○○○○',
      '✓✓‖‖‖',
    ],
    [
      'back from a pause, on pace',
      dates('2026-03-02', 2),
      [paused('2026-03-04', '2026-03-06')],
      '2026-03-06',
      '✓✓▶○○○○○○○',
      '✓✓‖‖▶',
    ],
    [
      'three done ahead on day one',
      ['2026-03-02', '2026-03-02', '2026-03-02'],
      [],
      '2026-03-02',
      '✓✓✓▶○○○○○○',
      '✓',
    ],
    [
      'every day done, two dates after',
      dates('2026-03-02', 10),
      [],
      '2026-03-13',
      '✓✓✓✓✓✓✓✓✓✓',
      '✓✓✓✓✓✓✓✓✓✓··',
    ],
  ])(
    'GIVEN %s WHEN the card is drawn on %s THEN the plan grid is %s and the dates are %s',
    (_case, done, pauses, today, expected, expectedDates) => {
      const who = learner({ completions: doneOn(done), pauses });
      expect(grid(who, today)).toBe(expected);
      expect(strip(who, '2026-03-02', today)).toBe(expectedDates);
    },
  );

  it('GIVEN a learner on Day 38 who missed two calendar dates, one covered by a freeze WHEN the card is drawn THEN no plan day after Day 38 is missed or frozen, and the two dates are', () => {
    // Days 31-35 on 03-02..03-06 (a freeze earned), 03-07 missed, Day 36 on 03-08, 03-09 missed, Day 37 on 03-10.
    const done = [...dates('2026-03-02', 5), '2026-03-08', '2026-03-10'];
    const who = learner({ completions: doneOn(done) });
    expect(grid(who, '2026-03-11')).toBe('✓✓✓✓✓✓✓▶○○');
    expect(strip(who, '2026-03-02', '2026-03-11')).toBe('✓✓✓✓✓❄✓✗✓▶');
    const card = buildProgressCard(plan, who, at('2026-03-11'), NONE);
    const later = card.sections.flatMap((s) => s.days).filter((d) => d.day > 38);
    expect(later.map((d) => d.state)).toEqual(['upcoming', 'upcoming']);
    // 03-11 is a Wednesday: the card's four weeks run from Monday 02-16 to Sunday 03-15.
    expect(card.recentWeeks.map((week) => week.map((d) => DATE_MARK[d.state]).join(''))).toEqual([
      '·······',
      '·······',
      '✓✓✓✓✓❄✓',
      '✗✓▶○○○○',
    ]);
    expect(card.recentWeeks[0]?.[0]?.date).toBe('2026-02-16');
    expect(card.daysBehind).toBe(2);
  });

  it('GIVEN a learner whose cohort starts 03-10 WHEN the card is drawn on 03-05 THEN nothing is today yet', () => {
    const who = learner({ startDate: '2026-03-10' });
    expect(grid(who, '2026-03-05')).toBe('○○○○○○○○○○');
    expect(strip(who, '2026-03-02', '2026-03-05')).toBe('····');
    expect(buildProgressCard(plan, who, at('2026-03-05'), NONE).currentDay).toBeNull();
  });

  it('GIVEN a learner in Auckland WHEN it is already the next day there THEN the missed day is counted in their date', () => {
    const who = learner({ timezone: 'Pacific/Auckland', completions: doneOn(['2026-03-02']) });
    // 2026-03-03T16:00Z is 03-04 05:00 in Auckland: 03-03 was missed there.
    expect(grid(who, '2026-03-03')).toBe('✓▶○○○○○○○○');
    expect(dateStates(plan, who, at('2026-03-03'), '2026-03-02', '2026-03-04').map((d) => d.state)).toEqual([
      'done',
      'missed',
      'today',
    ]);
  });
});

describe('buildProgressCard', () => {
  it('GIVEN a paused learner WHEN the card is built THEN it has no current day and keeps the streak and freezes', () => {
    const who = learner({ completions: doneOn(dates('2026-03-02', 5)), pauses: [paused('2026-03-07')] });
    const card = buildProgressCard(plan, who, at('2026-03-09'), NONE);
    expect(card).toMatchObject({
      learnerName: 'Ada',
      currentDay: null,
      streak: { current: 5, longest: 5 },
      freezesBanked: 1,
      checkpointsDone: 5,
      totalDays: 10,
      daysBehind: 0,
      status: 'paused',
    });
  });

  it('GIVEN a learner who paused two days behind WHEN the card is built THEN the status is paused, not behind', () => {
    const who = learner({ completions: doneOn(['2026-03-02']), pauses: [paused('2026-03-05')] });
    const card = buildProgressCard(plan, who, at('2026-03-09'), NONE);
    expect(card).toMatchObject({ status: 'paused', daysBehind: 2 });
    expect(renderCardText(card).split('\n')[2]).toBe('paused');
  });

  it('GIVEN every day done WHEN the card is built THEN the status is complete, not on pace', () => {
    const who = learner({ completions: doneOn(dates('2026-03-02', 10)) });
    const card = buildProgressCard(plan, who, at('2026-03-20'), NONE);
    expect(card.status).toBe('complete');
    expect(renderCardText(card).split('\n')[2]).toBe('complete');
  });

  it('GIVEN the real plan WHEN the card is built THEN sections are labelled, coloured per section, and posts count against 12 and 5', () => {
    const real = realPlan();
    const card = buildProgressCard(real, learner({ completions: doneOn(['2026-03-02']) }), at('2026-03-02'), {
      linkedin: 1,
      blog: 0,
    });
    expect(card.sections.map((s) => s.label)).toEqual([
      'Module 5',
      'Module 6',
      'Module 7',
      'Module 8',
      'Days 59-60',
    ]);
    expect(new Set(card.sections.map((s) => s.color)).size).toBe(5);
    expect(card.posts).toEqual({ linkedin: { written: 1, planned: 12 }, blog: { written: 0, planned: 5 } });
    expect(card.currentDay).toBe(32);
    expect(card.daysBehind).toBe(0);
  });
});
