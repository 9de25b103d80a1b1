import { describe, expect, it } from 'vitest';
import type { Learner } from '../../../src/core/learner/learner.js';
import { streakWarningDue, type StreakWarningDue } from '../../../src/core/learner/streak-warning.js';
import { dates, doneOn, learner, paused } from './learner-fixtures.js';

const atRisk = doneOn(dates('2026-03-04', 3)); // 03-04..03-06, nothing yet on 03-07
const withFreeze = doneOn(dates('2026-03-02', 5)); // 03-02..03-06, five completions earn a freeze

describe('streakWarningDue', () => {
  it.each<[string, Partial<Learner>, string, Partial<StreakWarningDue>]>([
    ['the warning off', { completions: atRisk }, '2026-03-08T01:00:00Z', { kind: 'none', reason: 'off' }],
    [
      'a 20:00 warning at 19:59',
      { completions: atRisk, streakWarningHour: 20 },
      '2026-03-08T00:59:00Z',
      { kind: 'none', reason: 'not-yet' },
    ],
    [
      'a 20:00 warning at 20:00',
      { completions: atRisk, streakWarningHour: 20 },
      '2026-03-08T01:00:00Z',
      {
        kind: 'warn',
        localDate: '2026-03-07',
        streak: 3,
        hoursLeft: 4,
        endsAt: new Date('2026-03-08T05:00:00Z'),
        freezeWillCover: false,
      },
    ],
    [
      'a 20:00 warning at 23:30',
      { completions: atRisk, streakWarningHour: 20 },
      '2026-03-08T04:30:00Z',
      { kind: 'warn', localDate: '2026-03-07', hoursLeft: 0.5 },
    ],
    [
      'today already done',
      { completions: doneOn(dates('2026-03-05', 3)), streakWarningHour: 20 },
      '2026-03-08T01:00:00Z',
      { kind: 'none', reason: 'not-at-risk' },
    ],
    [
      'no streak to lose',
      { streakWarningHour: 20 },
      '2026-03-08T01:00:00Z',
      { kind: 'none', reason: 'not-at-risk' },
    ],
    [
      'today paused',
      { completions: atRisk, pauses: [paused('2026-03-07')], streakWarningHour: 20 },
      '2026-03-08T01:00:00Z',
      { kind: 'none', reason: 'not-at-risk' },
    ],
    [
      'a freeze banked',
      { completions: withFreeze, streakWarningHour: 20 },
      '2026-03-08T01:00:00Z',
      { kind: 'warn', streak: 5, freezeWillCover: true },
    ],
    [
      'a 02:00 warning at 01:59 EST on spring-forward day',
      { completions: doneOn(['2026-03-07']), streakWarningHour: 2 },
      '2026-03-08T06:59:00Z',
      { kind: 'none', reason: 'not-yet' },
    ],
    [
      'a 02:00 warning, skipped, at 03:00 EDT',
      { completions: doneOn(['2026-03-07']), streakWarningHour: 2 },
      '2026-03-08T07:00:00Z',
      { kind: 'warn', localDate: '2026-03-08', hoursLeft: 21 },
    ],
    [
      'a 20:00 warning on fall-back day',
      { completions: doneOn(['2026-10-31']), streakWarningHour: 20 },
      '2026-11-02T01:00:00Z',
      { kind: 'warn', localDate: '2026-11-01', hoursLeft: 4 },
    ],
  ])('GIVEN a New York learner with %s WHEN it is %s THEN %j', (_case, overrides, now, expected) => {
    expect(streakWarningDue(learner(overrides), new Date(now))).toMatchObject(expected);
  });

  it.each([
    ['Pacific/Auckland', { kind: 'none', reason: 'not-yet' }], // 09:00 on 03-11
    ['America/Los_Angeles', { kind: 'warn', localDate: '2026-03-10', hoursLeft: 11 }], // 13:00 on 03-10
  ])(
    'GIVEN a 12:00 warning and completions on 03-08 and 03-09 WHEN it is 2026-03-10T20:00Z in %s THEN %j',
    (timezone, expected) => {
      const who = learner({
        timezone,
        streakWarningHour: 12,
        completions: doneOn(['2026-03-08', '2026-03-09']),
      });
      expect(streakWarningDue(who, new Date('2026-03-10T20:00:00Z'))).toMatchObject(expected);
    },
  );
});
