import { describe, expect, it } from 'vitest';
import { buddyLapseOf } from '../../../src/core/buddies/buddy-lapse.js';
import {
  buddyWeekDue,
  currentBuddyWeek,
  mondayOf,
  nextPairingAt,
} from '../../../src/core/buddies/buddy-week.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const berlin = { time: '09:00', timezone: 'Europe/Berlin', paused: false };

describe('GIVEN a server that posts at 09:00 in Berlin', () => {
  it('WHEN it is Monday after the post time THEN that Monday’s week is due; before it, or on Tuesday, none', () => {
    expect(mondayOf('2026-06-07')).toBe('2026-06-01');
    expect(buddyWeekDue(berlin, new Date('2026-06-01T07:00:00Z'))).toBe('2026-06-01');
    expect(buddyWeekDue(berlin, new Date('2026-06-01T06:59:00Z'))).toBeNull();
    expect(buddyWeekDue(berlin, new Date('2026-06-02T07:00:00Z'))).toBeNull();
    expect(buddyWeekDue({ ...berlin, paused: true }, new Date('2026-06-01T07:00:00Z'))).toBeNull();
  });

  it('WHEN asked THEN the current week follows the post slot and the next pairing is the next Monday post', () => {
    expect(currentBuddyWeek(berlin, new Date('2026-06-01T06:00:00Z'))).toBe('2026-05-25');
    expect(currentBuddyWeek(berlin, new Date('2026-06-03T12:00:00Z'))).toBe('2026-06-01');
    expect(nextPairingAt(berlin, new Date('2026-06-01T06:00:00Z'))).toEqual(new Date('2026-06-01T07:00:00Z'));
    expect(nextPairingAt(berlin, new Date('2026-06-01T07:00:00Z'))).toEqual(new Date('2026-06-08T07:00:00Z'));
    expect(nextPairingAt(berlin, new Date('2026-06-07T20:00:00Z'))).toEqual(new Date('2026-06-08T07:00:00Z'));
  });
});

describe('GIVEN a learner who began on 2026-03-02 (New York)', () => {
  const plan = tinyPlan({ first: 31, count: 20 });
  const at = (date: string) => new Date(`${date}T18:00:00Z`);

  it('WHEN they missed yesterday and the day before THEN a two-day lapse from the first; a third day keeps it', () => {
    const one = learner({ completions: doneOn(dates('2026-03-02', 2)) });
    expect(buddyLapseOf(plan, one, at('2026-03-05'))).toBeNull();
    expect(buddyLapseOf(plan, one, at('2026-03-06'))).toEqual({ from: '2026-03-04', days: 2 });
    expect(buddyLapseOf(plan, one, at('2026-03-07'))).toEqual({ from: '2026-03-04', days: 3 });
    expect(buddyLapseOf(plan, one, at('2026-03-08'))).toBeNull();
  });

  it('WHEN the days were paused, or one was done THEN no lapse', () => {
    const resting = learner({ completions: doneOn(dates('2026-03-02', 2)), pauses: [paused('2026-03-04')] });
    expect(buddyLapseOf(plan, resting, at('2026-03-06'))).toBeNull();
    const back = learner({ completions: doneOn(['2026-03-02', '2026-03-03', '2026-03-05']) });
    expect(buddyLapseOf(plan, back, at('2026-03-06'))).toBeNull();
  });

  it('WHEN a freeze covered a missed day THEN it still counts as a day not studied', () => {
    const frozen = learner({ completions: doneOn(dates('2026-03-02', 5)) });
    expect(buddyLapseOf(plan, frozen, at('2026-03-09'))).toEqual({ from: '2026-03-07', days: 2 });
  });
});
