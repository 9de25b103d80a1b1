import { addDays } from '../../core/time/local-date.js';
import { deliveryKeysOf } from './deliver-once.js';
import { reminderMarkerKey } from './reminder.js';
import { skipDayKey, snoozeClaimKey, snoozeMarkerKey } from './snooze.js';
import { streakWarningKey } from './streak-warning.js';
import { digestMarkerKey } from './weekly-digest.js';

// Markers live the grace window (at most 48 h) plus 2 days (3 before), and local dates run up to
// 14 h off UTC: six days back and two ahead cover every marker still held.
const DAYS_BACK = 6;
const DAYS_AHEAD = 2;

/**
 * Every key a learner's DMs (reminders and their snooze or skip, streak warnings, the weekly digest)
 * may still hold at `now`, derived from
 * the markers' pattern instead of registered per DM: the learner's key registry stays the
 * same size however many DMs they get, and export and forget-me still find them all.
 */
export function learnerDmKeysAround(learnerId: string, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const keys: string[] = [];
  for (let offset = -DAYS_BACK; offset <= DAYS_AHEAD; offset++) {
    const date = addDays(today, offset);
    const markers = [
      reminderMarkerKey(learnerId, date),
      snoozeMarkerKey(learnerId, date),
      streakWarningKey(learnerId, date),
      // A digest goes out on Mondays only.
      ...(new Date(`${date}T00:00:00Z`).getUTCDay() === 1 ? [digestMarkerKey(learnerId, date)] : []),
    ];
    keys.push(snoozeClaimKey(learnerId, date), skipDayKey(learnerId, date));
    for (const marker of markers) keys.push(...deliveryKeysOf(marker));
  }
  return keys;
}
