import type { LocalDate } from '../learner/learner.js';
import { epochDayOf, formatLocalDate } from './civil.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building an Intl.DateTimeFormat costs far more than using one; the schedule asks for
// the same few zones every tick, so keep one formatter per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== null;
}

/**
 * The runtime's own spelling of a known zone (`europe/berlin` -> `Europe/Berlin`), or null
 * when the zone is unknown. Store this rather than what the user typed.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === '') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: timeZone.trim() }).resolvedOptions().timeZone;
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

// formatToParts allocates a dozen parts per call, and one command asks for the same zone's
// clock several times within the same second (a burst of commands, many times): the last
// answer per zone is kept, keyed by the whole second it is exact to. A pure function's memo.
const lastClocks = new Map<string, { readonly second: number; readonly clock: WallClock }>();

/** The wall clock shown in `timeZone` at `instant`. Throws on an unknown zone (validate first). */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const second = Math.floor(instant.getTime() / 1000);
  const last = lastClocks.get(timeZone);
  if (last !== undefined && last.second === second) return last.clock;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const clock: WallClock = {
    date: formatLocalDate(parts.year ?? 0, parts.month ?? 1, parts.day ?? 1),
    hours: parts.hour ?? 0,
    minutes: parts.minute ?? 0,
    seconds: parts.second ?? 0,
  };
  if (Number.isFinite(second)) lastClocks.set(timeZone, { second, clock });
  return clock;
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
