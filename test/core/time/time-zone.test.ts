import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, isValidTimeZone, offsetMsAt } from '../../../src/core/time/time-zone.js';

describe('isValidTimeZone and canonicalTimeZone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['europe/berlin', 'Europe/Berlin'],
    [' America/New_York ', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Pacific/Auckland', 'Pacific/Auckland'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['Mars/Olympus_Mons', null],
    ['+05:30', null],
    ['', null],
    ['   ', null],
  ])('GIVEN %j WHEN checked THEN the canonical zone is %j', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
    expect(isValidTimeZone(input)).toBe(expected !== null);
  });
});

describe('offsetMsAt', () => {
  const HOUR = 3_600_000;
  it.each([
    ['2026-03-08T06:59:59Z', 'America/New_York', -5 * HOUR],
    ['2026-03-08T07:00:00Z', 'America/New_York', -4 * HOUR],
    ['2026-11-01T05:59:59Z', 'America/New_York', -4 * HOUR],
    ['2026-11-01T06:00:00Z', 'America/New_York', -5 * HOUR],
    ['2026-01-15T00:00:00Z', 'Pacific/Auckland', 13 * HOUR],
    ['2026-07-15T00:00:00.750Z', 'Asia/Kolkata', 5.5 * HOUR],
  ])('GIVEN %s WHEN asking %s for its offset THEN it is %i ms', (iso, zone, expected) => {
    expect(offsetMsAt(Date.parse(iso), zone)).toBe(expected);
  });
});
