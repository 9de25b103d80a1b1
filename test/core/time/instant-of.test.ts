import { describe, expect, it } from 'vitest';
import { endOfLocalDay, hoursLeftInLocalDay, instantOf } from '../../../src/core/time/instant-of.js';
import { localDateOf } from '../../../src/core/time/local-date.js';
import { localTimeOf } from '../../../src/core/time/local-time.js';

describe('instantOf', () => {
  it.each([
    ['an ordinary winter morning', '2026-01-15', '09:00', 'America/New_York', '2026-01-15T14:00:00.000Z'],
    ['an ordinary summer morning', '2026-07-15', '09:00', 'America/New_York', '2026-07-15T13:00:00.000Z'],
    [
      'the last minute before spring-forward',
      '2026-03-08',
      '01:59',
      'America/New_York',
      '2026-03-08T06:59:00.000Z',
    ],
    [
      '02:30, skipped by spring-forward',
      '2026-03-08',
      '02:30',
      'America/New_York',
      '2026-03-08T07:30:00.000Z',
    ],
    [
      '02:00, skipped by spring-forward',
      '2026-03-08',
      '02:00',
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      '03:00, right after spring-forward',
      '2026-03-08',
      '03:00',
      'America/New_York',
      '2026-03-08T07:00:00.000Z',
    ],
    [
      '09:00 on the spring-forward day',
      '2026-03-08',
      '09:00',
      'America/New_York',
      '2026-03-08T13:00:00.000Z',
    ],
    [
      '01:30, repeated by fall-back (first, EDT)',
      '2026-11-01',
      '01:30',
      'America/New_York',
      '2026-11-01T05:30:00.000Z',
    ],
    [
      '01:00, repeated by fall-back (first, EDT)',
      '2026-11-01',
      '01:00',
      'America/New_York',
      '2026-11-01T05:00:00.000Z',
    ],
    ['02:00, right after fall-back', '2026-11-01', '02:00', 'America/New_York', '2026-11-01T07:00:00.000Z'],
    ['09:00 on the fall-back day', '2026-11-01', '09:00', 'America/New_York', '2026-11-01T14:00:00.000Z'],
    [
      'midnight in Auckland (a day ahead of UTC)',
      '2026-03-11',
      '00:00',
      'Pacific/Auckland',
      '2026-03-10T11:00:00.000Z',
    ],
    ['midnight in Los Angeles', '2026-03-10', '00:00', 'America/Los_Angeles', '2026-03-10T07:00:00.000Z'],
    ['a half-hour zone', '2026-01-01', '00:00', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z'],
    [
      'midnight skipped by Chile spring-forward',
      '2026-09-06',
      '00:00',
      'America/Santiago',
      '2026-09-06T04:00:00.000Z',
    ],
  ])('GIVEN %s WHEN converting %s %s in %s THEN the instant is %s', (_case, date, time, zone, expected) => {
    expect(instantOf(date, time, zone).toISOString()).toBe(expected);
  });

  it.each([['America/New_York'], ['Pacific/Auckland'], ['Australia/Lord_Howe']])(
    'GIVEN instants 37 minutes apart through 2026 in %s WHEN converting an instant to wall clock and back THEN it is the same instant unless the wall time repeats',
    (zone) => {
      const start = Date.parse('2026-01-01T00:00:00Z');
      for (let t = start; t < start + 365 * 86_400_000; t += 37 * 60_000) {
        const instant = new Date(t);
        const back = instantOf(localDateOf(instant, zone), localTimeOf(instant, zone), zone).getTime();
        // A repeated wall time maps to its first occurrence, which is earlier.
        if (back !== t) expect(back).toBeLessThan(t);
        if (back !== t) expect(localTimeOf(new Date(back), zone)).toBe(localTimeOf(instant, zone));
      }
    },
  );
});

describe('hoursLeftInLocalDay and endOfLocalDay', () => {
  it.each([
    [
      'local midnight on the spring-forward day (23 h long)',
      '2026-03-08T05:00:00Z',
      'America/New_York',
      23,
      '2026-03-09T04:00:00.000Z',
    ],
    [
      'local midnight on the fall-back day (25 h long)',
      '2026-11-01T04:00:00Z',
      'America/New_York',
      25,
      '2026-11-02T05:00:00.000Z',
    ],
    [
      'local noon on an ordinary day',
      '2026-01-15T17:00:00Z',
      'America/New_York',
      12,
      '2026-01-16T05:00:00.000Z',
    ],
    ['22:30 in Auckland', '2026-03-10T09:30:00Z', 'Pacific/Auckland', 1.5, '2026-03-10T11:00:00.000Z'],
    [
      'the same instant in Los Angeles (02:30)',
      '2026-03-10T09:30:00Z',
      'America/Los_Angeles',
      21.5,
      '2026-03-11T07:00:00.000Z',
    ],
  ])(
    'GIVEN %s WHEN asking how long the day lasts THEN %d hours are left, ending at %s',
    (_case, iso, zone, hours, end) => {
      expect(hoursLeftInLocalDay(new Date(iso), zone)).toBe(hours);
      expect(endOfLocalDay(new Date(iso), zone).toISOString()).toBe(end);
    },
  );
});
