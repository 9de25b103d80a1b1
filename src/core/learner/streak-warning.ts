import { instantOf } from '../time/instant-of.js';
import { formatLocalTime } from '../time/local-time.js';
import { localDateOf } from '../time/local-date.js';
import type { Learner, LocalDate } from './learner.js';
import { streakOf } from './streak.js';

/**
 * Outcome of {@link streakWarningDue}. `localDate` is the slot identity: the caller sends
 * at most one warning per learner per local date.
 */
export type StreakWarningDue =
  | {
      readonly kind: 'warn';
      readonly localDate: LocalDate;
      readonly streak: number;
      readonly hoursLeft: number;
      readonly endsAt: Date;
      /** A banked freeze will bridge today if it stays undone; say so rather than alarm. */
      readonly freezeWillCover: boolean;
    }
  | { readonly kind: 'none'; readonly reason: 'off' | 'not-yet' | 'not-at-risk' };

/**
 * Whether the "your streak ends in N hours" warning is due: from the learner's chosen
 * `streakWarningHour` (local, on today's date; a skipped DST hour moves forward) until the
 * local day ends, while the streak is at risk. No grace limit: the warning stays useful
 * until midnight, and the caller's per-date marker keeps it to once a day.
 */
export function streakWarningDue(learner: Learner, now: Date): StreakWarningDue {
  if (learner.streakWarningHour === null) return { kind: 'none', reason: 'off' };
  const localDate = localDateOf(now, learner.timezone);
  const slot = instantOf(localDate, formatLocalTime(learner.streakWarningHour, 0), learner.timezone);
  if (now.getTime() < slot.getTime()) return { kind: 'none', reason: 'not-yet' };
  const streak = streakOf(learner, now);
  if (!streak.atRisk) return { kind: 'none', reason: 'not-at-risk' };
  return {
    kind: 'warn',
    localDate,
    streak: streak.current,
    hoursLeft: streak.hoursLeft,
    endsAt: streak.todayEndsAt,
    freezeWillCover: streak.freezesBanked > 0,
  };
}
