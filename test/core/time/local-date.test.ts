import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDateOf, parseLocalDate } from '../../../src/core/time/local-date.js';

describe('parseLocalDate', () => {
  it.each([
    ['2026-03-08', { kind: 'ok', date: '2026-03-08' }],
    [' 2026-03-08 ', { kind: 'ok', date: '2026-03-08' }],
    ['2028-02-29', { kind: 'ok', date: '2028-02-29' }],
    ['2026-02-29', { kind: 'bad-date', input: '2026-02-29' }],
    ['2026-04-31', { kind: 'bad-date', input: '2026-04-31' }],
    ['2026-13-01', { kind: 'bad-date', input: '2026-13-01' }],
    ['2026-00-10', { kind: 'bad-date', input: '2026-00-10' }],
    ['2026-3-8', { kind: 'bad-date', input: '2026-3-8' }],
    ['tomorrow', { kind: 'bad-date', input: 'tomorrow' }],
  ])('GIVEN %j WHEN parsed THEN %j', (input, expected) => {
    expect(parseLocalDate(input)).toEqual(expected);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-03-31', 1, '2026-04-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2026-01-01', 365, '2027-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
    ['2000-02-28', 2, '2000-03-01'],
  ])('GIVEN %s WHEN adding %i days THEN it is %s and daysBetween agrees', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2026-03-07', '2026-03-09', 2],
    ['2026-03-09', '2026-03-07', -2],
    ['2026-10-31', '2026-11-02', 2],
  ])('GIVEN %s and %s (across a DST change) WHEN counting THEN it is %i calendar days', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });
});

describe('localDateOf', () => {
  it.each([
    ['2026-03-10T08:00:00Z', 'Pacific/Auckland', '2026-03-10'],
    ['2026-03-10T08:00:00Z', 'America/Los_Angeles', '2026-03-10'],
    ['2026-03-10T12:00:00Z', 'Pacific/Auckland', '2026-03-11'],
    ['2026-03-10T12:00:00Z', 'America/Los_Angeles', '2026-03-10'],
    ['2026-03-10T06:00:00Z', 'America/Los_Angeles', '2026-03-09'],
    ['2026-01-15T10:30:00Z', 'Pacific/Kiritimati', '2026-01-16'],
    ['2026-01-15T10:30:00Z', 'Pacific/Pago_Pago', '2026-01-14'],
    ['2026-03-08T04:59:59Z', 'America/New_York', '2026-03-07'],
    ['2026-03-08T05:00:00Z', 'America/New_York', '2026-03-08'],
    ['2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
    ['2026-03-08T23:59:59Z', 'UTC', '2026-03-08'],
  ])('GIVEN the instant %s WHEN seen in %s THEN the local date is %s', (iso, zone, expected) => {
    expect(localDateOf(new Date(iso), zone)).toBe(expected);
  });
});
