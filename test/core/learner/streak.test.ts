import { describe, expect, it } from 'vitest';
import { completeDay } from '../../../src/core/learner/complete-day.js';
import type { Learner, LocalDate, Pause } from '../../../src/core/learner/learner.js';
import { setTimezone } from '../../../src/core/learner/settings.js';
import { streakOf, type Streak } from '../../../src/core/learner/streak.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from './learner-fixtures.js';

const plan = tinyPlan({ count: 30 }); // days 31..60

/** A New York learner with completions on `done` (noon UTC is morning in New York). */
function nyLearner(done: readonly LocalDate[], pauses: Pause[] = []): Learner {
  return learner({ completions: doneOn(done), pauses });
}

/** Completes successive days at the given instants, as the app would. */
function completedAt(who: Learner, instants: readonly string[]): Learner {
  return instants.reduce((current, iso) => {
    const result = completeDay(plan, current, {
      proof: { text: `done at ${iso}`, links: [] },
      now: new Date(iso),
    });
    if (result.kind !== 'done') throw new Error(`could not complete at ${iso}: ${result.kind}`);
    return result.learner;
  }, who);
}

describe('streakOf in New York (noon UTC = morning local)', () => {
  it.each<[string, LocalDate[], Pause[], string, Partial<Streak>]>([
    [
      'nothing done',
      [],
      [],
      '2026-03-04',
      { current: 0, longest: 0, freezesBanked: 0, doneToday: false, atRisk: false },
    ],
    [
      'three days through today',
      dates('2026-03-02', 3),
      [],
      '2026-03-04',
      { current: 3, longest: 3, doneToday: true, atRisk: false },
    ],
    [
      'three days through yesterday, today open',
      dates('2026-03-02', 3),
      [],
      '2026-03-05',
      { current: 3, doneToday: false, atRisk: true },
    ],
    [
      'two completions on one date',
      ['2026-03-02', '2026-03-02', '2026-03-03'],
      [],
      '2026-03-03',
      { current: 2, longest: 2 },
    ],
    [
      'a missed day with no freeze',
      ['2026-03-02', '2026-03-03', '2026-03-05'],
      [],
      '2026-03-05',
      { current: 1, longest: 2, frozenDates: [] },
    ],
    [
      'a streak that ended days ago',
      ['2026-03-02'],
      [],
      '2026-03-05',
      { current: 0, longest: 1, atRisk: false },
    ],
    [
      'five days, one missed, one more',
      [...dates('2026-03-02', 5), '2026-03-08'],
      [],
      '2026-03-08',
      { current: 6, longest: 6, freezesBanked: 0, frozenDates: ['2026-03-07'] },
    ],
    [
      'fifteen days earning three freezes',
      dates('2026-03-01', 15),
      [],
      '2026-03-16',
      { current: 15, freezesBanked: 2, atRisk: true },
    ],
    [
      'ten days then a three-day gap',
      [...dates('2026-03-01', 10), '2026-03-14'],
      [],
      '2026-03-14',
      { current: 1, longest: 10, freezesBanked: 0, frozenDates: ['2026-03-11', '2026-03-12'] },
    ],
    [
      'four days, a gap, the fifth earning a freeze too late',
      [...dates('2026-03-01', 4), '2026-03-06'],
      [],
      '2026-03-06',
      { current: 1, longest: 4, freezesBanked: 1, frozenDates: [] },
    ],
    [
      'a paused gap',
      ['2026-03-02', '2026-03-03', '2026-03-06'],
      [paused('2026-03-04', '2026-03-06')],
      '2026-03-06',
      { current: 3, frozenDates: [] },
    ],
    [
      'an open pause',
      ['2026-03-02', '2026-03-03'],
      [paused('2026-03-04')],
      '2026-03-08',
      { current: 2, atRisk: false },
    ],
    [
      'a completion on a paused date',
      ['2026-03-02', '2026-03-03'],
      [paused('2026-03-03')],
      '2026-03-05',
      { current: 2 },
    ],
  ])('GIVEN %s WHEN it is %s THEN the streak is %j', (_case, done, pauses, today, expected) => {
    expect(streakOf(nyLearner(done, pauses), new Date(`${today}T16:00:00Z`))).toMatchObject(expected);
  });
});

describe('streakOf across the New York DST changes', () => {
  it('GIVEN completions at 23:30 local on 03-07 (EST), 03-08 (EDT) and 03-09 WHEN it is 23:45 on 03-09 THEN the streak is 3 and 15 minutes are left', () => {
    const who = completedAt(learner(), [
      '2026-03-08T04:30:00Z',
      '2026-03-09T03:30:00Z',
      '2026-03-10T03:30:00Z',
    ]);
    expect(who.completions.map((c) => c.localDate)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
    expect(streakOf(who, new Date('2026-03-10T03:45:00Z'))).toMatchObject({
      current: 3,
      doneToday: true,
      hoursLeft: 0.25,
    });
  });

  it.each([
    ['the spring-forward day', '2026-03-08T05:00:00Z', 23],
    ['the fall-back day', '2026-11-01T04:00:00Z', 25],
  ])(
    'GIVEN a New York learner WHEN it is local midnight starting %s THEN %i hours are left',
    (_case, iso, hours) => {
      expect(streakOf(nyLearner(['2026-03-07']), new Date(iso)).hoursLeft).toBe(hours);
    },
  );

  it('GIVEN completions at 00:30 EDT and 23:30 EST on the 25-hour fall-back day WHEN counting THEN they are one local date', () => {
    const who = completedAt(learner(), [
      '2026-10-31T16:00:00Z',
      '2026-11-01T04:30:00Z',
      '2026-11-02T04:30:00Z',
    ]);
    expect(who.completions.map((c) => c.localDate)).toEqual(['2026-10-31', '2026-11-01', '2026-11-01']);
    expect(streakOf(who, new Date('2026-11-02T04:45:00Z'))).toMatchObject({ current: 2, doneToday: true });
  });
});

describe('streakOf when the learner changes timezone', () => {
  it('GIVEN two days done in Auckland WHEN the learner moves to Los Angeles THEN past dates keep their Auckland dates', () => {
    const inAuckland = completedAt(learner({ timezone: 'Pacific/Auckland' }), [
      '2026-03-10T20:00:00Z', // 03-11 09:00 in Auckland, 03-10 13:00 in Los Angeles
      '2026-03-11T20:00:00Z', // 03-12 in Auckland
    ]);
    const moved = setTimezone(inAuckland, 'America/Los_Angeles');
    if (moved.kind !== 'timezone-set') throw new Error('zone refused');
    // 03-12 11:00 in Los Angeles: today is 03-12, done in Auckland's reckoning.
    expect(streakOf(moved.learner, new Date('2026-03-12T18:00:00Z'))).toMatchObject({
      current: 2,
      doneToday: true,
      atRisk: false,
    });
  });

  it.each([
    ['no freeze', dates('2026-03-06', 2), { current: 0, longest: 2, frozenDates: [] }],
    ['a freeze banked', dates('2026-03-02', 6), { current: 6, frozenDates: ['2026-03-08'] }],
  ])(
    'GIVEN a Los Angeles learner with %s WHEN they fly over the date line to Auckland and skip 03-08 THEN %j',
    (_case, done, expected) => {
      const moved = setTimezone(
        learner({ timezone: 'America/Los_Angeles', completions: doneOn(done) }),
        'Pacific/Auckland',
      );
      if (moved.kind !== 'timezone-set') throw new Error('zone refused');
      // 03-08 04:00 in Los Angeles is 03-09 01:00 in Auckland.
      expect(streakOf(moved.learner, new Date('2026-03-08T12:00:00Z'))).toMatchObject(expected);
    },
  );
});

describe('streakOf at the same instant on both sides of the date line', () => {
  it.each([
    ['Pacific/Auckland', '2026-03-11', false, true],
    ['America/Los_Angeles', '2026-03-10', true, false],
  ])(
    'GIVEN a learner in %s (local date %s) who completed 03-09 and 03-10 WHEN it is 2026-03-10T12:00Z THEN doneToday=%s and atRisk=%s',
    (timezone, _today, doneToday, atRisk) => {
      const who = learner({ timezone, completions: doneOn(['2026-03-09', '2026-03-10']) });
      expect(streakOf(who, new Date('2026-03-10T12:00:00Z'))).toMatchObject({
        current: 2,
        doneToday,
        atRisk,
      });
    },
  );
});
