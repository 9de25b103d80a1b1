import type { LocalDate } from '../learner/learner.js';
import { instantOf } from '../time/instant-of.js';
import { addDays, daysBetween } from '../time/local-date.js';
import { latestSlot, nextSlot } from '../schedule/slot.js';
import type { LocalTime } from '../time/local-time.js';

/** What the week's pairing goes by: the server's daily post time and zone, and whether it is paused. */
export interface BuddySchedule {
  readonly time: LocalTime;
  readonly timezone: string;
  readonly paused: boolean;
}

// 2024-01-01 was a Monday.
const A_MONDAY = '2024-01-01';
const WEEK = 7;

/** The Monday (a local date) of the week `date` is in. */
export function mondayOf(date: LocalDate): LocalDate {
  const weekday = ((daysBetween(A_MONDAY, date) % WEEK) + WEEK) % WEEK;
  return addDays(date, -weekday);
}

/**
 * The week whose buddies are paired now: the server's latest post slot is a Monday's (its
 * Monday post has gone, or is going, out), so pairing rides the Monday post and a turn later
 * that day (a retry) finds the same week. Null while paused or on any other day.
 */
export function buddyWeekDue(schedule: BuddySchedule, now: Date): LocalDate | null {
  if (schedule.paused) return null;
  const { slotDate } = latestSlot(now, schedule.time, schedule.timezone);
  return mondayOf(slotDate) === slotDate ? slotDate : null;
}

/** The week the learner's current buddies belong to: the Monday of the server's latest post slot. */
export function currentBuddyWeek(schedule: Pick<BuddySchedule, 'time' | 'timezone'>, now: Date): LocalDate {
  return mondayOf(latestSlot(now, schedule.time, schedule.timezone).slotDate);
}

/** When the next pairing happens: the first Monday post slot after `now`. */
export function nextPairingAt(schedule: Pick<BuddySchedule, 'time' | 'timezone'>, now: Date): Date {
  const { slotDate } = nextSlot(now, schedule.time, schedule.timezone);
  const monday = mondayOf(slotDate) === slotDate ? slotDate : addDays(mondayOf(slotDate), WEEK);
  return instantOf(monday, schedule.time, schedule.timezone);
}
