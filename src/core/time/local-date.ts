import type { LocalDate } from '../learner/learner.js';
import { daysInMonth, epochDayOf, formatLocalDate, localDateFromEpochDay } from './civil.js';
import { wallClockOf } from './time-zone.js';

export type { LocalDate };

/** Outcome of reading a `YYYY-MM-DD` string. */
export type ParseLocalDateResult =
  { readonly kind: 'ok'; readonly date: LocalDate } | { readonly kind: 'bad-date'; readonly input: string };

/**
 * Reads a calendar date; rejects impossible dates such as `2026-02-30`.
 * Surrounding whitespace is ignored.
 */
export function parseLocalDate(input: string): ParseLocalDateResult {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.trim());
  if (!match) return { kind: 'bad-date', input };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'bad-date', input };
  }
  return { kind: 'ok', date: formatLocalDate(year, month, day) };
}

/** The calendar date in `timeZone` at `instant`. Throws on an unknown zone (validate first). */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return wallClockOf(instant, timeZone).date;
}

/** The date `n` calendar days after `date` (`n` may be negative). */
export function addDays(date: LocalDate, n: number): LocalDate {
  return localDateFromEpochDay(epochDayOf(date) + n);
}

/** `to - from` in calendar days: 1 from Monday to Tuesday, -1 the other way round. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return epochDayOf(to) - epochDayOf(from);
}
