import type { LocalDate } from '../learner/learner.js';
import { epochDayOf, formatLocalDate } from './civil.js';
import { formatterFor } from './zone-formatters.js';
import { zoneNameAsTyped } from './zone-names.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** True when `timeZone` is an IANA zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

/**
 * The proper spelling of a known zone (`europe/berlin` -> `Europe/Berlin`, `asia/kolkata` ->
 * `Asia/Kolkata`, not ICU's older `Asia/Calcutta`), or null when the zone is unknown. Store this
 * rather than what the user typed.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === '') return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: timeZone.trim() }).resolvedOptions()
      .timeZone;
    return zoneNameAsTyped(timeZone) ?? resolved;
  } catch {
    return null;
  }
}

/** The wall clock in `timeZone` at `instant`, to the second. */
export interface WallClock {
  readonly date: LocalDate;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

// What the en-US formatter of zone-formatters.ts prints for years 1000-9999: "12/02/2026, 13:41:36".
const FORMATTED = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The wall clock shown in `timeZone` at `instant`. Throws on an unknown zone (validate first). */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const formatter = formatterFor(timeZone);
  // Every learner command reads its zone's clock several times: `format` and a fixed pattern
  // take a third of `formatToParts`'s time (`npm run bench`, commands under load).
  const match = FORMATTED.exec(formatter.format(instant));
  if (match !== null) {
    return {
      date: formatLocalDate(Number(match[3]), Number(match[1]), Number(match[2])),
      hours: Number(match[4]),
      minutes: Number(match[5]),
      seconds: Number(match[6]),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    date: formatLocalDate(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1),
    hours: parts.hour ?? 0,
    minutes: parts.minute ?? 0,
    seconds: parts.second ?? 0,
  };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `epochMs`, in milliseconds (+13 h in NZ summer). */
export function offsetMsAt(epochMs: number, timeZone: string): number {
  // Intl has no milliseconds, so compare against the instant truncated to the second.
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(wallClockOf(new Date(wholeSecond), timeZone)) - wholeSecond;
}

/** A wall clock read as if it were UTC, in milliseconds since the epoch. */
export function wallClockMs(clock: WallClock): number {
  return (
    epochDayOf(clock.date) * DAY_MS + (clock.hours * 60 + clock.minutes) * MINUTE_MS + clock.seconds * 1000
  );
}
