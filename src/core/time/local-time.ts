import type { LocalTime } from '../learner/learner.js';
import { wallClockOf } from './time-zone.js';

export type { LocalTime };

/** Outcome of reading a wall-clock time. */
export type ParseLocalTimeResult =
  { readonly kind: 'ok'; readonly time: LocalTime } | { readonly kind: 'bad-time'; readonly input: string };

const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/**
 * Reads a 24-hour `HH:MM` time. A one-digit hour (`7:30`) is accepted and normalised to
 * `07:30`; surrounding whitespace is ignored.
 */
export function parseLocalTime(input: string): ParseLocalTimeResult {
  const match = TIME_PATTERN.exec(input.trim());
  if (!match) return { kind: 'bad-time', input };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return { kind: 'bad-time', input };
  return { kind: 'ok', time: formatLocalTime(hours, minutes) };
}

/** `HH:MM` from hours and minutes. */
export function formatLocalTime(hours: number, minutes: number): LocalTime {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Hours and minutes of a well-formed `HH:MM`. Throws on a malformed time: that is a bug upstream. */
export function timeParts(time: LocalTime): { readonly hours: number; readonly minutes: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) throw new RangeError(`Not an HH:MM time: ${time}`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The wall-clock time (`HH:MM`, seconds dropped) in `timeZone` at `instant`. */
export function localTimeOf(instant: Date, timeZone: string): LocalTime {
  const clock = wallClockOf(instant, timeZone);
  return formatLocalTime(clock.hours, clock.minutes);
}
