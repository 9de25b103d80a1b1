import { addDays, type LocalDate, localDateOf } from '../time/local-date.js';
import type { LocalTime } from '../time/local-time.js';
import { instantOf } from '../time/instant-of.js';

/** One daily occurrence of a local time: its date (the slot's identity) and instant. */
export interface Slot {
  readonly slotDate: LocalDate;
  readonly dueAt: Date;
}

/**
 * The latest occurrence of `time` in `timeZone` at or before `now`: today's if the local
 * time has passed, else yesterday's. On DST days `time` resolves as {@link instantOf} says.
 */
export function latestSlot(now: Date, time: LocalTime, timeZone: string): Slot {
  const today = localDateOf(now, timeZone);
  const todays = instantOf(today, time, timeZone);
  if (todays.getTime() <= now.getTime()) return { slotDate: today, dueAt: todays };
  const yesterday = addDays(today, -1);
  return { slotDate: yesterday, dueAt: instantOf(yesterday, time, timeZone) };
}

/** The first occurrence of `time` in `timeZone` strictly after `now`. */
export function nextSlot(now: Date, time: LocalTime, timeZone: string): Slot {
  const latest = latestSlot(now, time, timeZone);
  const slotDate = addDays(latest.slotDate, 1);
  return { slotDate, dueAt: instantOf(slotDate, time, timeZone) };
}

/**
 * Why a slot that exists is not due: `beyond-grace` when today's slot passed more than
 * `graceMs` ago (sent already, or missed for good), `not-yet` when the latest slot is
 * yesterday's and today's is still to come. Null when the slot is within grace.
 */
export function graceProblem(
  now: Date,
  slot: Slot,
  graceMs: number,
  timeZone: string,
): 'beyond-grace' | 'not-yet' | null {
  if (now.getTime() - slot.dueAt.getTime() <= graceMs) return null;
  return slot.slotDate === localDateOf(now, timeZone) ? 'beyond-grace' : 'not-yet';
}
