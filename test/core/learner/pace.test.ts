import { describe, expect, it } from 'vitest';
import type { Learner, LocalDate, Pause } from '../../../src/core/learner/learner.js';
import { pause, resume } from '../../../src/core/learner/pause.js';
import { calendarDay, daysBehind } from '../../../src/core/learner/progress.js';
import { shift, type ShiftResult } from '../../../src/core/learner/shift.js';
import { streakOf } from '../../../src/core/learner/streak.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from './learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // days 31..40
const at = (date: LocalDate): Date => new Date(`${date}T16:00:00Z`); // late morning in New York

describe('shift', () => {
  it.each<[string, LocalDate, Partial<ShiftResult>, LocalDate | null, LocalDate[], Pause[]]>([
    ['every day done', '2026-03-20', { kind: 'finished' }, null, dates('2026-03-02', 10), []],
    ['nothing done yet', '2026-03-06', { kind: 'nothing-done' }, null, [], []],
    ['on pace', '2026-03-04', { kind: 'not-behind' }, null, dates('2026-03-02', 3), []],
    ['ahead', '2026-03-02', { kind: 'not-behind' }, null, dates('2026-03-02', 3), []],
    [
      'one day done, four days in',
      '2026-03-06',
      { kind: 'shifted', day: 32, wasBehind: 3 },
      '2026-03-05',
      dates('2026-03-02', 1),
      [],
    ],
    [
      'three done, behind, across a past pause',
      '2026-03-10',
      { kind: 'shifted', day: 34, wasBehind: 3 },
      '2026-03-05',
      dates('2026-03-02', 3),
      [paused('2026-03-06', '2026-03-08')],
    ],
    [
      'one done, paused since 03-05',
      '2026-03-08',
      { kind: 'shifted', day: 32, wasBehind: 2 },
      '2026-03-04',
      dates('2026-03-02', 1),
      [paused('2026-03-05')],
    ],
  ])(
    'GIVEN a learner who started 2026-03-02 with %s WHEN shifting on %s THEN %j, start date %s',
    (_case, today, expected, startDate, done, pauses) => {
      const who = learner({ completions: doneOn(done), pauses });
      const result = shift(plan, who, at(today));
      expect(result).toMatchObject(expected);
      if (result.kind !== 'shifted') return;
      expect(result.learner.startDate).toBe(startDate);
      expect(calendarDay(plan, result.learner, today)).toBe(result.day);
      expect(daysBehind(plan, result.learner, at(today))).toBe(0);
      expect(result.learner.completions).toEqual(who.completions);
      expect(result.learner.pauses).toEqual(who.pauses);
      expect(streakOf(result.learner, at(today))).toEqual(streakOf(who, at(today)));
    },
  );

  it('GIVEN a shifted learner WHEN a day passes with nothing done THEN they are one day behind again', () => {
    const result = shift(plan, learner({ completions: doneOn(dates('2026-03-02', 1)) }), at('2026-03-06'));
    if (result.kind !== 'shifted') throw new Error(result.kind);
    expect(daysBehind(plan, result.learner, at('2026-03-07'))).toBe(1);
  });
});

describe('pause and resume', () => {
  const onPace = learner({ completions: doneOn(dates('2026-03-02', 2)) }); // on pace through 03-03

  it.each<[string, Learner, string, object]>([
    [
      'an active learner',
      onPace,
      '2026-03-04T16:00:00Z',
      { kind: 'paused', since: '2026-03-04', learner: { pauses: [{ from: '2026-03-04', to: null }] } },
    ],
    [
      'a paused learner',
      learner({ pauses: [paused('2026-03-03')] }),
      '2026-03-04T16:00:00Z',
      { kind: 'already-paused', since: '2026-03-03' },
    ],
    [
      'an Auckland learner (already 03-05 there)',
      learner({ timezone: 'Pacific/Auckland' }),
      '2026-03-04T16:00:00Z',
      { kind: 'paused', since: '2026-03-05' },
    ],
  ])('GIVEN %s WHEN pausing at %s THEN %j', (_case, who, now, expected) => {
    expect(pause(who, new Date(now))).toMatchObject(expected);
  });

  it.each<[string, Learner, string, object]>([
    [
      'a learner paused since 03-04',
      learner({ pauses: [paused('2026-03-04')] }),
      '2026-03-07',
      { kind: 'resumed', pausedDays: 3, learner: { pauses: [{ from: '2026-03-04', to: '2026-03-07' }] } },
    ],
    [
      'a learner who paused today',
      learner({ pauses: [paused('2026-03-02', '2026-03-03'), paused('2026-03-07')] }),
      '2026-03-07',
      { kind: 'resumed', pausedDays: 0, learner: { pauses: [{ from: '2026-03-02', to: '2026-03-03' }] } },
    ],
    ['an active learner', onPace, '2026-03-07', { kind: 'not-paused' }],
  ])('GIVEN %s WHEN resuming on %s THEN %j', (_case, who, today, expected) => {
    expect(resume(who, at(today))).toMatchObject(expected);
  });

  it('GIVEN an on-pace learner WHEN they pause on 03-04 and resume on 03-09 THEN they are still on pace and their streak survives', () => {
    const pausedResult = pause(onPace, at('2026-03-04'));
    if (pausedResult.kind !== 'paused') throw new Error(pausedResult.kind);
    expect(daysBehind(plan, pausedResult.learner, at('2026-03-08'))).toBe(0);
    const resumed = resume(pausedResult.learner, at('2026-03-09'));
    if (resumed.kind !== 'resumed') throw new Error(resumed.kind);
    expect(resumed.pausedDays).toBe(5);
    expect(daysBehind(plan, resumed.learner, at('2026-03-09'))).toBe(0);
    expect(calendarDay(plan, resumed.learner, '2026-03-09')).toBe(33);
    expect(streakOf(resumed.learner, at('2026-03-09'))).toMatchObject({ current: 2, atRisk: true });
    expect(daysBehind(plan, resumed.learner, at('2026-03-10'))).toBe(1);
  });
});
