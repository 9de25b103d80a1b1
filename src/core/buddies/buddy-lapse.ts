import type { Plan } from '../curriculum/plan.js';
import { dateStates } from '../learner/date-states.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { addDays, localDateOf } from '../time/local-date.js';

/** A run of days the learner did not study, up to yesterday in their own zone. */
export interface BuddyLapse {
  /** The first missed date: the lapse's identity, so its buddy is told once. */
  readonly from: LocalDate;
  readonly days: number;
}

/** Days in a row that make a lapse worth a word from a buddy. */
export const LAPSE_DAYS = 2;
// Told while the run is 2 or 3 days long: a day's slack for a server turn that falls early in
// the learner's day or a short DST day; a longer run was told already (or began before they were paired).
const TELL_WITHIN_DAYS = LAPSE_DAYS + 1;

/**
 * The learner's lapse worth telling their buddy: yesterday and the day before (their dates)
 * both missed, today not counted yet. A day a streak freeze covered is still a day not
 * studied; a paused day, or one before they began, is not missed. Null when there is none,
 * or the run is older than a day past {@link LAPSE_DAYS}.
 */
export function buddyLapseOf(plan: Plan, learner: Learner, now: Date): BuddyLapse | null {
  const yesterday = addDays(localDateOf(now, learner.timezone), -1);
  const from = addDays(yesterday, -TELL_WITHIN_DAYS);
  const states = dateStates(plan, learner, now, from, yesterday);
  let days = 0;
  for (let i = states.length - 1; i >= 0; i--) {
    const state = states[i]?.state;
    if (state !== 'missed' && state !== 'frozen') break;
    days += 1;
  }
  if (days < LAPSE_DAYS || days > TELL_WITHIN_DAYS) return null;
  return { from: addDays(yesterday, 1 - days), days };
}
