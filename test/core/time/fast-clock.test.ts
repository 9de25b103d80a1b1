import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../../src/core/time/instant-of.js';
import { wallClockOf } from '../../../src/core/time/time-zone.js';

// Zones whose clocks jump at midnight, by half an hour, by 45 minutes, or never.
const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'America/Santiago',
  'America/Havana',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'UTC',
];
const HOUR_MS = 3_600_000;

const referenceFormats = new Map(
  ZONES.map((timeZone) => [
    timeZone,
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ]),
);

/** The local date at an instant, read straight from Intl, as the reference. */
function referenceDate(epochMs: number, timeZone: string): string {
  const parts = referenceFormats.get(timeZone)?.formatToParts(new Date(epochMs)) ?? [];
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The first second at which the local date differs from the one at `epochMs`, found by search. */
function referenceEndOfDay(epochMs: number, timeZone: string): number {
  const today = referenceDate(epochMs, timeZone);
  let low = Math.floor(epochMs / 1000) * 1000;
  let high = low + HOUR_MS;
  while (referenceDate(high, timeZone) === today) high += HOUR_MS;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (referenceDate(middle, timeZone) === today) low = middle;
    else high = middle;
  }
  return high;
}

describe('the fast wall clock and end of day agree with Intl everywhere', () => {
  it.each(ZONES)(
    'GIVEN %s WHEN an instant every 13 hours of 2026 is read THEN its end of day is the first second of the next date',
    (zone) => {
      const start = Date.UTC(2026, 0, 1, 0, 17, 29);
      for (let at = start; at < Date.UTC(2027, 0, 1); at += 13 * HOUR_MS) {
        expect(endOfLocalDay(new Date(at), zone).getTime(), new Date(at).toISOString()).toBe(
          referenceEndOfDay(at, zone),
        );
      }
    },
  );

  it('GIVEN instants from year 50 to 9999 WHEN the wall clock is read THEN it matches Intl field by field', () => {
    const instants = [
      Date.UTC(50, 5, 1, 3, 4, 5),
      Date.UTC(999, 11, 31, 23, 59, 59),
      Date.UTC(2026, 11, 2, 13, 41, 36),
    ];
    instants.push(Date.UTC(9999, 0, 1, 12));
    for (const at of instants) {
      for (const zone of ZONES) {
        const parts = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }).formatToParts(new Date(at));
        const field = (type: string) => Number(parts.find((p) => p.type === type)?.value);
        const clock = wallClockOf(new Date(at), zone);
        expect(clock.date.split('-').map(Number)).toEqual([field('year'), field('month'), field('day')]);
        expect([clock.hours, clock.minutes, clock.seconds]).toEqual([
          field('hour'),
          field('minute'),
          field('second'),
        ]);
      }
    }
  });
});
