import { describe, expect, it } from 'vitest';
import type { Learner } from '../../../src/core/learner/learner.js';
import { startTodayIn } from '../../../src/core/learner/settings.js';
import { firstReminder, type FirstReminder } from '../../../src/core/schedule/learner-slots.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan(); // days 31..35

// Starts 2026-03-02 in New York, reminder at 18:00 EST (23:00Z).
describe('firstReminder for a New York learner with an 18:00 reminder', () => {
  it.each<[string, string, Partial<Learner>, FirstReminder | null]>([
    ['reminders off', '2026-03-02T20:00:00Z', { reminderTime: null }, null],
    [
      'at 15:00 on their first day',
      '2026-03-02T20:00:00Z',
      {},
      { at: new Date('2026-03-02T23:00:00Z'), skipped: null, startDate: '2026-03-02' },
    ],
    [
      "at 15:00 with today's day done",
      '2026-03-02T20:00:00Z',
      { completions: doneOn(['2026-03-02']) },
      { at: new Date('2026-03-03T23:00:00Z'), skipped: 'done-today', startDate: '2026-03-02' },
    ],
    [
      'two days before their start',
      '2026-02-28T20:00:00Z',
      {},
      { at: new Date('2026-03-02T23:00:00Z'), skipped: 'before-start', startDate: '2026-03-02' },
    ],
    [
      'paused today, resuming tomorrow',
      '2026-03-03T20:00:00Z',
      { pauses: [paused('2026-03-03', '2026-03-04')] },
      { at: new Date('2026-03-04T23:00:00Z'), skipped: 'paused', startDate: '2026-03-02' },
    ],
    ['every day done', '2026-03-09T20:00:00Z', { completions: doneOn(dates('2026-03-02', 5)) }, null],
  ])('GIVEN %s THEN the first reminder is as expected', (_, now, overrides, expected) => {
    expect(firstReminder(plan, learner({ reminderTime: '18:00', ...overrides }), new Date(now))).toEqual(
      expected,
    );
  });
});

describe('startTodayIn', () => {
  // 22:00 on 2026-03-01 in New York is 03:00Z on 2026-03-02.
  const now = new Date('2026-03-02T03:00:00Z');

  it('GIVEN a new learner whose calendar started today in UTC WHEN moved to New York THEN it starts on their own today', () => {
    const moved = learner({ startDate: '2026-03-02', timezone: 'America/New_York' });
    expect(startTodayIn(moved, 'UTC', now).startDate).toBe('2026-03-01');
  });

  it('GIVEN a learner with a completed day WHEN moved THEN their calendar stays', () => {
    const moved = learner({ startDate: '2026-03-02', completions: doneOn(['2026-03-02']) });
    expect(startTodayIn(moved, 'UTC', now).startDate).toBe('2026-03-02');
  });

  it('GIVEN a cohort learner whose calendar starts next week WHEN moved THEN it stays', () => {
    const moved = learner({ startDate: '2026-03-09' });
    expect(startTodayIn(moved, 'UTC', now).startDate).toBe('2026-03-09');
  });
});
