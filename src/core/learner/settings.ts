import { localDateOf } from '../time/local-date.js';
import { parseLocalTime } from '../time/local-time.js';
import { canonicalTimeZone } from '../time/time-zone.js';
import type { Learner, LocalTime } from './learner.js';

/** Outcome of {@link setTimezone}. */
export type SetTimezoneResult =
  | { readonly kind: 'timezone-set'; readonly learner: Learner }
  | { readonly kind: 'unknown-timezone'; readonly tz: string };

/**
 * Moves the learner to another IANA zone, stored in the runtime's canonical spelling.
 * Past completions keep their local dates, so a move never rewrites the streak.
 */
export function setTimezone(learner: Learner, tz: string): SetTimezoneResult {
  const timezone = canonicalTimeZone(tz);
  if (timezone === null) return { kind: 'unknown-timezone', tz };
  return { kind: 'timezone-set', learner: { ...learner, timezone } };
}

/**
 * A learner who has done nothing yet and whose calendar starts today in the zone they had
 * (their first command started it there, UTC when no cohort gave one) starts today in their
 * new zone: a learner west of UTC, first seen after UTC's midnight, is not a day early, and
 * one east of it not a day behind. A learner with a history keeps their calendar.
 */
export function startTodayIn(learner: Learner, previousZone: string, now: Date): Learner {
  if (learner.completions.length > 0 || learner.pauses.length > 0) return learner;
  if (learner.startDate !== localDateOf(now, previousZone)) return learner;
  return { ...learner, startDate: localDateOf(now, learner.timezone) };
}

/** Outcome of {@link setReminder}; `time` is null when reminders were turned off. */
export type SetReminderResult =
  | { readonly kind: 'reminder-set'; readonly learner: Learner; readonly time: LocalTime | null }
  | { readonly kind: 'bad-time'; readonly input: string };

/** Sets the daily DM reminder to a local `HH:MM`, or turns it off with `off`. */
export function setReminder(learner: Learner, input: string): SetReminderResult {
  if (input.trim().toLowerCase() === 'off') {
    return { kind: 'reminder-set', learner: { ...learner, reminderTime: null }, time: null };
  }
  const parsed = parseLocalTime(input);
  if (parsed.kind !== 'ok') return { kind: 'bad-time', input };
  return { kind: 'reminder-set', learner: { ...learner, reminderTime: parsed.time }, time: parsed.time };
}

/** Outcome of {@link setStreakWarningHour}; `hour` is null when the warning was turned off. */
export type SetStreakWarningResult =
  | { readonly kind: 'streak-warning-set'; readonly learner: Learner; readonly hour: number | null }
  | { readonly kind: 'bad-hour'; readonly hour: number };

/** Sets the local hour (0-23) of the "your streak ends in N hours" warning, or null for off. */
export function setStreakWarningHour(learner: Learner, hour: number | null): SetStreakWarningResult {
  if (hour !== null && (!Number.isInteger(hour) || hour < 0 || hour > 23)) return { kind: 'bad-hour', hour };
  return { kind: 'streak-warning-set', learner: { ...learner, streakWarningHour: hour }, hour };
}
