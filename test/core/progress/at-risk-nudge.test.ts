import { describe, expect, it } from 'vitest';
import type { Learner, LocalDate } from '../../../src/core/learner/learner.js';
import { atRiskNudgeOf, isoWeekMonday } from '../../../src/core/progress/at-risk-nudge.js';
import { migrateServerSettings } from '../../../src/core/schedule/server-schedule.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // days 31..40
const at = (date: LocalDate): Date => new Date(`${date}T16:00:00Z`); // late morning in New York
const FRIDAY = '2026-03-06'; // the calendar shows Day 35 for a 2026-03-02 (Monday) start

describe('isoWeekMonday', () => {
  it.each([
    ['2026-03-02', '2026-03-02'], // a Monday is its own week's
    ['2026-03-08', '2026-03-02'], // Sunday closes the ISO week
    ['2026-03-09', '2026-03-09'],
    ['2027-01-01', '2026-12-28'], // across a year
  ])('GIVEN %s WHEN asked THEN the week began on %s', (date, monday) => {
    expect(isoWeekMonday(date)).toBe(monday);
  });
});

describe('atRiskNudgeOf', () => {
  const cases: [string, Learner, LocalDate, unknown][] = [
    [
      'one day done, then four days away',
      learner({ completions: doneOn(['2026-03-02']) }),
      FRIDAY,
      { reason: { kind: 'idle', days: 4 }, week: '2026-03-02', canShift: true },
    ],
    [
      'nothing done since a start three days ago (nothing to /shift)',
      learner({ startDate: '2026-03-03' }),
      FRIDAY,
      { reason: { kind: 'idle', days: 3 }, week: '2026-03-02', canShift: false },
    ],
    [
      'three behind after a burst, studied yesterday',
      learner({ completions: doneOn(['2026-03-02', '2026-03-05']) }),
      '2026-03-07',
      { reason: { kind: 'behind', days: 3 }, week: '2026-03-02', canShift: true },
    ],
  ];
  it.each(cases)('GIVEN %s WHEN asked THEN nudged, and why', (_, who, date, expected) => {
    expect(atRiskNudgeOf(plan, who, at(date))).toMatchObject(expected as object);
  });

  const none: [string, Learner, LocalDate][] = [
    [
      'on pace with a streak ending tonight',
      learner({ completions: doneOn(dates('2026-03-02', 4)) }),
      FRIDAY,
    ],
    ['two behind and away two days', learner({ completions: doneOn(['2026-03-02', '2026-03-04']) }), FRIDAY],
    ['paused', learner({ completions: doneOn(['2026-03-02']), pauses: [paused('2026-03-03')] }), FRIDAY],
    ['finished', learner({ completions: doneOn(dates('2026-02-20', 10)) }), FRIDAY],
  ];
  it.each(none)('GIVEN a learner %s WHEN asked THEN no nudge', (_, who, date) => {
    expect(atRiskNudgeOf(plan, who, at(date))).toBeNull();
  });

  it('GIVEN a learner away four days WHEN asked THEN the next step is their own current day', () => {
    expect(
      atRiskNudgeOf(plan, learner({ completions: doneOn(['2026-03-02']) }), at(FRIDAY))?.day.day.day,
    ).toBe(32);
  });
});

describe('migrateServerSettings', () => {
  const v2 = {
    guildId: 'g',
    channelId: 'c',
    time: '09:00',
    timezone: 'UTC',
    startDate: '2026-03-02',
    paused: false,
    recaps: true,
    problem: null,
  };
  it('GIVEN a version-2 record WHEN lifted THEN nudges are off and nothing else changes', () => {
    expect(migrateServerSettings(2, v2)).toEqual({ ...v2, nudges: false });
  });
  it('GIVEN a version-1 record with a problem sentence WHEN lifted THEN the problem is read back and nudges are off', () => {
    const v1 = { ...v2, problem: "The 2026-03-03 post failed: I'm not allowed to post in <#c>." };
    expect(migrateServerSettings(1, v1)).toEqual({
      ...v2,
      problem: { reason: 'forbidden', slotDate: '2026-03-03', channelId: 'c' },
      nudges: false,
    });
  });
  it('GIVEN a version it does not know WHEN lifted THEN declined', () => {
    expect(migrateServerSettings(3, v2)).toBeUndefined();
  });
});
