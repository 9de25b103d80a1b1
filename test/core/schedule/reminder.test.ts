import { describe, expect, it } from 'vitest';
import type { Learner } from '../../../src/core/learner/learner.js';
import { reminderDue, type ReminderDue } from '../../../src/core/schedule/reminder.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan(); // days 31..35
const GRACE = 30 * 60_000;
const HOUR = 3_600_000;

// Starts 2026-03-02 in New York; 18:00 EST is 23:00Z.
describe('reminderDue for a New York learner', () => {
  it.each<[string, string, Partial<Learner>, number, ReminderDue]>([
    ['reminders off', '2026-03-02T23:05:00Z', { reminderTime: null }, GRACE, { kind: 'none', reason: 'off' }],
    [
      'every day done',
      '2026-03-09T23:05:00Z',
      { completions: doneOn(dates('2026-03-02', 5)) },
      GRACE,
      { kind: 'none', reason: 'finished' },
    ],
    [
      'the day before their start',
      '2026-03-01T23:05:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'before-start' },
    ],
    [
      '18:05 on their first day',
      '2026-03-02T23:05:00Z',
      {},
      GRACE,
      { kind: 'remind', slotDate: '2026-03-02', day: 31, dueAt: new Date('2026-03-02T23:00:00Z') },
    ],
    [
      'two days behind, at 18:00',
      '2026-03-05T23:00:00Z',
      { completions: doneOn(dates('2026-03-02', 2)) },
      GRACE,
      { kind: 'remind', slotDate: '2026-03-05', day: 33, dueAt: new Date('2026-03-05T23:00:00Z') },
    ],
    [
      'a day already done today',
      '2026-03-05T23:05:00Z',
      { completions: doneOn(['2026-03-04', '2026-03-05']) },
      GRACE,
      { kind: 'none', reason: 'done-today' },
    ],
    [
      'a pause covering today',
      '2026-03-05T23:05:00Z',
      { pauses: [paused('2026-03-04')] },
      GRACE,
      { kind: 'none', reason: 'paused' },
    ],
    [
      'a pause that ended today',
      '2026-03-05T23:05:00Z',
      { pauses: [paused('2026-03-03', '2026-03-05')] },
      GRACE,
      { kind: 'remind', slotDate: '2026-03-05', day: 31, dueAt: new Date('2026-03-05T23:00:00Z') },
    ],
    ['18:31, past grace', '2026-03-05T23:31:00Z', {}, GRACE, { kind: 'none', reason: 'beyond-grace' }],
    ['17:59', '2026-03-05T22:59:00Z', {}, GRACE, { kind: 'none', reason: 'not-yet' }],
    [
      'back after a three-day outage, at 18:10',
      '2026-03-05T23:10:00Z',
      {},
      GRACE,
      { kind: 'remind', slotDate: '2026-03-05', day: 31, dueAt: new Date('2026-03-05T23:00:00Z') },
    ],
    [
      'a 09:00 reminder the day before spring-forward (EST)',
      '2026-03-07T14:00:00Z',
      { reminderTime: '09:00' },
      GRACE,
      { kind: 'remind', slotDate: '2026-03-07', day: 31, dueAt: new Date('2026-03-07T14:00:00Z') },
    ],
    [
      'a 09:00 reminder on spring-forward day (EDT)',
      '2026-03-08T13:00:00Z',
      { reminderTime: '09:00' },
      GRACE,
      { kind: 'remind', slotDate: '2026-03-08', day: 31, dueAt: new Date('2026-03-08T13:00:00Z') },
    ],
    [
      'a 09:00 reminder, an hour later on spring-forward day',
      '2026-03-08T14:00:00Z',
      { reminderTime: '09:00' },
      GRACE,
      { kind: 'none', reason: 'beyond-grace' },
    ],
    [
      'a skipped 02:30 reminder at 03:00 EDT',
      '2026-03-08T07:00:00Z',
      { reminderTime: '02:30' },
      GRACE,
      { kind: 'none', reason: 'not-yet' },
    ],
    [
      'a skipped 02:30 reminder at 03:30 EDT',
      '2026-03-08T07:30:00Z',
      { reminderTime: '02:30' },
      GRACE,
      { kind: 'remind', slotDate: '2026-03-08', day: 31, dueAt: new Date('2026-03-08T07:30:00Z') },
    ],
    [
      'a 01:30 reminder at the first 01:30 (EDT)',
      '2026-11-01T05:30:00Z',
      { startDate: '2026-10-30', reminderTime: '01:30' },
      2 * HOUR,
      { kind: 'remind', slotDate: '2026-11-01', day: 31, dueAt: new Date('2026-11-01T05:30:00Z') },
    ],
    [
      'a 01:30 reminder at the second 01:30 (EST): the same slot',
      '2026-11-01T06:30:00Z',
      { startDate: '2026-10-30', reminderTime: '01:30' },
      2 * HOUR,
      { kind: 'remind', slotDate: '2026-11-01', day: 31, dueAt: new Date('2026-11-01T05:30:00Z') },
    ],
    [
      'a 09:00 reminder on fall-back day (EST)',
      '2026-11-01T14:00:00Z',
      { startDate: '2026-10-30', reminderTime: '09:00' },
      GRACE,
      { kind: 'remind', slotDate: '2026-11-01', day: 31, dueAt: new Date('2026-11-01T14:00:00Z') },
    ],
  ])('GIVEN %s (%s) WHEN asking whether to remind THEN %j', (_case, now, overrides, grace, expected) => {
    expect(reminderDue(plan, learner({ reminderTime: '18:00', ...overrides }), new Date(now), grace)).toEqual(
      expected,
    );
  });
});

describe('reminderDue on both sides of the date line', () => {
  it.each<[string, ReminderDue]>([
    [
      'Pacific/Auckland',
      { kind: 'remind', slotDate: '2026-03-11', day: 31, dueAt: new Date('2026-03-10T20:00:00Z') },
    ],
    [
      'America/Los_Angeles',
      { kind: 'remind', slotDate: '2026-03-10', day: 31, dueAt: new Date('2026-03-10T16:00:00Z') },
    ],
  ])(
    'GIVEN a 09:00 reminder and 5 h grace WHEN it is 2026-03-10T20:00Z for a learner in %s THEN %j',
    (timezone, expected) => {
      const who = learner({ timezone, reminderTime: '09:00' });
      expect(reminderDue(plan, who, new Date('2026-03-10T20:00:00Z'), 5 * HOUR)).toEqual(expected);
    },
  );
});
