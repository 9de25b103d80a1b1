import { addDays } from '../../core/time/local-date.js';
import { nudgeMarkerKey } from './at-risk-nudge.js';
import { deliveryKeysOf } from './deliver-once.js';
import { reminderMarkerKey } from './reminder.js';
import { skipDayKey, snoozeClaimKey, snoozeMarkerKey } from './snooze.js';
import { streakWarningKey } from './streak-warning.js';
import { digestMarkerKey } from './weekly-digest.js';

// Markers live the grace window (at most 48 h) plus 2 days (3 before), and local dates run up to
// 14 h off UTC: six days back and two ahead cover every marker still held.
const DAYS_BACK = 6;
const DAYS_AHEAD = 2;
// A week's nudge marker is keyed by its Monday and lives 9 days from its send (NUDGE_MARKER_TTL_MS),
// which comes at the latest on the Sunday: ten days back reach every Monday still held.
const NUDGE_DAYS_BACK = 10;

const isMonday = (date: string): boolean => new Date(`${date}T00:00:00Z`).getUTCDay() === 1;

/**
 * Every key a learner's DMs (reminders and their snooze or skip, streak warnings, the weekly
 * digest, the at-risk nudge) may still hold at `now`, derived from the markers' pattern
 * instead of registered per DM: the learner's key registry stays the same size however many
 * DMs they get, and export and forget-me still find them all.
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
      ...(isMonday(date) ? [digestMarkerKey(learnerId, date)] : []),
    ];
    keys.push(snoozeClaimKey(learnerId, date), skipDayKey(learnerId, date));
    for (const marker of markers) keys.push(...deliveryKeysOf(marker));
  }
  for (let offset = -NUDGE_DAYS_BACK; offset <= DAYS_AHEAD; offset++) {
    const date = addDays(today, offset);
    if (isMonday(date)) keys.push(...deliveryKeysOf(nudgeMarkerKey(learnerId, date)));
  }
  return keys;
}
