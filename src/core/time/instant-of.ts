import { addDays, type LocalDate } from './local-date.js';
import { timeParts, type LocalTime } from './local-time.js';
import { offsetMsAt, wallClockMs, wallClockOf } from './time-zone.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The instant at which `timeZone`'s wall clock shows `time` on `date`.
 *
 * Daylight-saving edges:
 * - a time that does not exist (skipped by a spring-forward) moves forward by the gap:
 *   02:30 on 2026-03-08 in America/New_York is 03:30 EDT;
 * - a time that happens twice (repeated by a fall-back) takes the first occurrence:
 *   01:30 on 2026-11-01 in America/New_York is 01:30 EDT, not EST.
 *
 * Assumes a zone changes its offset at most once within a day either side of the time,
 * which holds for every IANA zone in use.
 */
export function instantOf(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const { hours, minutes } = timeParts(time);
  const wallMs = wallClockMs({ date, hours, minutes, seconds: 0 });
  const offsetBefore = offsetMsAt(wallMs - DAY_MS, timeZone);
  const offsetAfter = offsetMsAt(wallMs + DAY_MS, timeZone);
  // The same offset a day either side: no change in between, so the time exists once.
  if (offsetBefore === offsetAfter) return new Date(wallMs - offsetBefore);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter]
    .filter((epochMs) => offsetMsAt(epochMs, timeZone) === wallMs - epochMs)
    .sort((a, b) => a - b);
  // No candidate shows this wall time: it is in a gap. Reading it with the offset in force
  // before the gap lands the same distance past the gap's end.
  return new Date(candidates[0] ?? wallMs - offsetBefore);
}

/** The first instant of `date` in `timeZone` (not always 00:00: some zones skip midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantOf(date, '00:00', timeZone);
}

/** The instant the local day containing `instant` ends, i.e. the next local day starts. */
export function endOfLocalDay(instant: Date, timeZone: string): Date {
  const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
  const clock = wallClockOf(new Date(wholeSecond), timeZone);
  const offsetNow = wallClockMs(clock) - wholeSecond;
  const tomorrow = addDays(clock.date, 1);
  // With the offset unchanged at the next midnight (nearly always), that midnight is the end:
  // the wall clock ran on without a jump, so it reached tomorrow's date just then.
  const midnight = wallClockMs({ date: tomorrow, hours: 0, minutes: 0, seconds: 0 }) - offsetNow;
  if (offsetMsAt(midnight, timeZone) === offsetNow) return new Date(midnight);
  return startOfLocalDay(tomorrow, timeZone);
}

/**
 * Hours until the local day containing `instant` ends in `timeZone`, as a fraction
 * (5.5 = five and a half hours). Local days are 23 or 25 hours long on DST change days.
 */
export function hoursLeftInLocalDay(instant: Date, timeZone: string): number {
  return (endOfLocalDay(instant, timeZone).getTime() - instant.getTime()) / HOUR_MS;
}
