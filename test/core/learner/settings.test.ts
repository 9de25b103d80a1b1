import { describe, expect, it } from 'vitest';
import { setReminder, setStreakWarningHour, setTimezone } from '../../../src/core/learner/settings.js';
import { learner } from './learner-fixtures.js';

describe('setTimezone', () => {
  it.each([
    ['Pacific/Auckland', { kind: 'timezone-set', learner: { timezone: 'Pacific/Auckland' } }],
    ['america/los_angeles', { kind: 'timezone-set', learner: { timezone: 'America/Los_Angeles' } }],
    ['Moon/Tranquility', { kind: 'unknown-timezone', tz: 'Moon/Tranquility' }],
    ['', { kind: 'unknown-timezone', tz: '' }],
  ])('GIVEN %j WHEN setting the timezone THEN %j', (tz, expected) => {
    expect(setTimezone(learner(), tz)).toMatchObject(expected);
  });
});

describe('setReminder', () => {
  it.each([
    ['07:30', { kind: 'reminder-set', time: '07:30', learner: { reminderTime: '07:30' } }],
    ['7:30', { kind: 'reminder-set', time: '07:30', learner: { reminderTime: '07:30' } }],
    ['off', { kind: 'reminder-set', time: null, learner: { reminderTime: null } }],
    [' OFF ', { kind: 'reminder-set', time: null, learner: { reminderTime: null } }],
    ['25:00', { kind: 'bad-time', input: '25:00' }],
    ['soon', { kind: 'bad-time', input: 'soon' }],
  ])('GIVEN %j WHEN setting the reminder THEN %j', (input, expected) => {
    expect(setReminder(learner({ reminderTime: '18:00' }), input)).toMatchObject(expected);
  });
});

describe('setStreakWarningHour', () => {
  it.each([
    [20, { kind: 'streak-warning-set', hour: 20, learner: { streakWarningHour: 20 } }],
    [0, { kind: 'streak-warning-set', hour: 0 }],
    [null, { kind: 'streak-warning-set', hour: null, learner: { streakWarningHour: null } }],
    [24, { kind: 'bad-hour', hour: 24 }],
    [7.5, { kind: 'bad-hour', hour: 7.5 }],
  ])('GIVEN %j WHEN setting the warning hour THEN %j', (hour, expected) => {
    expect(setStreakWarningHour(learner(), hour)).toMatchObject(expected);
  });
});
