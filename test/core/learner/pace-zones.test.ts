import { describe, expect, it } from 'vitest';
import type { Learner } from '../../../src/core/learner/learner.js';
import { pause, resume } from '../../../src/core/learner/pause.js';
import { calendarDay, daysBehind } from '../../../src/core/learner/progress.js';
import { setTimezone } from '../../../src/core/learner/settings.js';
import { shift } from '../../../src/core/learner/shift.js';
import { streakOf } from '../../../src/core/learner/streak.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner } from './learner-fixtures.js';

const plan = tinyPlan({ count: 20 }); // days 31..50

function moved(who: Learner, timezone: string): Learner {
  const result = setTimezone(who, timezone);
  if (result.kind !== 'timezone-set') throw new Error('zone refused');
  return result.learner;
}

describe('shift across DST and the date line', () => {
  it.each<[string, Learner, string, string, number]>([
    [
      'New York, 23:30 on the spring-forward day',
      learner({ completions: doneOn(dates('2026-03-02', 2)) }),
      '2026-03-09T03:30:00Z',
      '2026-03-06',
      33,
    ],
    [
      'New York, 00:30 on the fall-back day',
      learner({ startDate: '2026-10-26', completions: doneOn(dates('2026-10-26', 2)) }),
      '2026-11-01T04:30:00Z',
      '2026-10-30',
      33,
    ],
    [
      'Auckland, already the next day there',
      learner({ timezone: 'Pacific/Auckland', completions: doneOn(dates('2026-03-02', 2)) }),
      '2026-03-10T12:00:00Z',
      '2026-03-09',
      33,
    ],
    [
      'moved from Los Angeles to Auckland mid-streak',
      moved(
        learner({ timezone: 'America/Los_Angeles', completions: doneOn(dates('2026-03-02', 3)) }),
        'Pacific/Auckland',
      ),
      '2026-03-08T12:00:00Z',
      '2026-03-06',
      34,
    ],
  ])(
    'GIVEN a learner in %s WHEN they shift THEN their calendar starts on the expected date and shows their day',
    (_case, who, now, start, day) => {
      const result = shift(plan, who, new Date(now));
      if (result.kind !== 'shifted') throw new Error(result.kind);
      expect(result.learner.startDate).toBe(start);
      expect(result.day).toBe(day);
      expect(daysBehind(plan, result.learner, new Date(now))).toBe(0);
      expect(streakOf(result.learner, new Date(now))).toEqual(streakOf(who, new Date(now)));
    },
  );
});

describe('pause and resume across DST and the date line', () => {
  it.each<[string, Learner, string, string | null, string, number]>([
    [
      'New York over the fall-back night',
      learner({ startDate: '2026-10-26', completions: doneOn(dates('2026-10-26', 5)) }),
      '2026-10-31T16:00:00Z',
      null,
      '2026-11-02T16:00:00Z',
      2,
    ],
    [
      'New York over the spring-forward night',
      learner({ completions: doneOn(dates('2026-03-02', 5)) }),
      '2026-03-07T16:00:00Z',
      null,
      '2026-03-09T16:00:00Z',
      2,
    ],
    [
      'paused in Los Angeles, resumed in Auckland',
      learner({
        timezone: 'America/Los_Angeles',
        startDate: '2026-03-01',
        completions: doneOn(dates('2026-03-01', 3)),
      }),
      '2026-03-04T05:00:00Z',
      'Pacific/Auckland',
      '2026-03-06T20:00:00Z',
      4,
    ],
    [
      'paused in Auckland, resumed in Los Angeles the same UTC day',
      learner({
        timezone: 'Pacific/Auckland',
        startDate: '2026-03-01',
        completions: doneOn(dates('2026-03-01', 3)),
      }),
      '2026-03-03T20:00:00Z',
      'America/Los_Angeles',
      '2026-03-04T05:00:00Z',
      0,
    ],
  ])(
    'GIVEN %s WHEN paused and resumed THEN the paused days are counted and the streak holds',
    (_case, who, pausedAt, zone, resumedAt, days) => {
      const paused = pause(who, new Date(pausedAt));
      if (paused.kind !== 'paused') throw new Error(paused.kind);
      const travelled = zone === null ? paused.learner : moved(paused.learner, zone);
      const resumed = resume(travelled, new Date(resumedAt));
      if (resumed.kind !== 'resumed') throw new Error(resumed.kind);
      expect(resumed.pausedDays).toBe(days);
      const streak = streakOf(resumed.learner, new Date(resumedAt));
      expect(streak).toMatchObject({ current: who.completions.length, frozenDates: [] });
      // Moving changes which date is "today", so only a stay-at-home pause keeps the pace exactly.
      if (zone === null) {
        expect(daysBehind(plan, resumed.learner, new Date(resumedAt))).toBe(
          daysBehind(plan, who, new Date(pausedAt)),
        );
      }
    },
  );

  it('GIVEN a paused New York learner WHEN the calendar is read during the pause THEN it stands still across the DST change', () => {
    const paused = pause(
      learner({ completions: doneOn(dates('2026-03-02', 5)) }),
      new Date('2026-03-07T16:00:00Z'),
    );
    if (paused.kind !== 'paused') throw new Error(paused.kind);
    expect(calendarDay(plan, paused.learner, '2026-03-07')).toBe(36);
    expect(calendarDay(plan, paused.learner, '2026-03-09')).toBe(36);
  });
});
