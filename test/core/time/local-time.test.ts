import { describe, expect, it } from 'vitest';
import { localTimeOf, parseLocalTime } from '../../../src/core/time/local-time.js';

describe('parseLocalTime', () => {
  it.each([
    ['09:30', { kind: 'ok', time: '09:30' }],
    ['9:30', { kind: 'ok', time: '09:30' }],
    [' 23:59 ', { kind: 'ok', time: '23:59' }],
    ['00:00', { kind: 'ok', time: '00:00' }],
    ['24:00', { kind: 'bad-time', input: '24:00' }],
    ['12:60', { kind: 'bad-time', input: '12:60' }],
    ['9am', { kind: 'bad-time', input: '9am' }],
    ['0930', { kind: 'bad-time', input: '0930' }],
    ['', { kind: 'bad-time', input: '' }],
  ])('GIVEN %j WHEN parsed THEN %j', (input, expected) => {
    expect(parseLocalTime(input)).toEqual(expected);
  });
});

describe('localTimeOf', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '01:59'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '03:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '01:30'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '01:30'],
    ['2026-03-10T12:00:00Z', 'Pacific/Auckland', '01:00'],
    ['2026-03-10T12:00:00Z', 'America/Los_Angeles', '05:00'],
    ['2026-03-10T12:00:59Z', 'Asia/Kolkata', '17:30'],
    ['2026-03-10T00:00:00Z', 'UTC', '00:00'],
  ])('GIVEN the instant %s WHEN seen in %s THEN the wall clock shows %s', (iso, zone, expected) => {
    expect(localTimeOf(new Date(iso), zone)).toBe(expected);
  });
});
