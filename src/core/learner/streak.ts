import { addDays, localDateOf } from '../time/local-date.js';
import { endOfLocalDay } from '../time/instant-of.js';
import type { Learner, LocalDate } from './learner.js';
import { isPausedOn } from './pauses.js';

/** Completions that earn one streak freeze. */
export const COMPLETIONS_PER_FREEZE = 5;
/** Most freezes a learner can hold; more earned while full are lost. */
export const MAX_FREEZES = 2;
/** Streak repairs a learner has per cycle: two days done the day after a miss keep the streak. */
export const MAX_REPAIRS = 2;

/** A learner's streak, counted in their own local days. */
export interface Streak {
  /** Local days in a row with a completion, frozen and paused days bridging gaps. */
  readonly current: number;
  readonly longest: number;
  readonly freezesBanked: number;
  /** Missed days a freeze was spent on, oldest first. */
  readonly frozenDates: readonly LocalDate[];
  /** Missed days repaired by two days done the day after, oldest first. */
  readonly repairedDates: readonly LocalDate[];
  /** Repairs not used yet this cycle (of {@link MAX_REPAIRS}). */
  readonly repairsLeft: number;
  /**
   * The streak broke yesterday (no freeze left) and can still be repaired today by completing
   * two days today; `was` is the streak it had.
   */
  readonly repairable: { readonly was: number } | null;
  readonly doneToday: boolean;
  /** The streak is alive, today is not done, and today is not paused. */
  readonly atRisk: boolean;
  /** Hours (fractional) until today ends in the learner's zone. */
  readonly hoursLeft: number;
  /** The instant today ends in the learner's zone, for `<t:...:R>`. */
  readonly todayEndsAt: Date;
}

/**
 * Counts the streak from each completion's stored `localDate`, so a timezone change never
 * rewrites past days; only "today" follows the learner's current zone. Rules, day by day:
 * - a date with any completion adds one, however many completions it has (and counts even
 *   if it falls in a pause);
 * - a paused date without a completion neither breaks nor extends the streak;
 * - today (or a later date, after a move west) without a completion breaks nothing yet;
 * - any other missed date spends a banked freeze when there is a streak to keep: it is
 *   bridged but not counted; with no freeze left, two completions on the next date repair it
 *   (bridged, at most {@link MAX_REPAIRS} times); otherwise the streak drops to 0.
 * Freezes are earned one per {@link COMPLETIONS_PER_FREEZE} completions, at most
 * {@link MAX_FREEZES} banked. Replaying history this way gives the same answer whenever it
 * is asked: a freeze spent on a date stays spent even if the streak broke later.
 */
export function streakOf(learner: Learner, now: Date): Streak {
  const today = localDateOf(now, learner.timezone);
  const todayEndsAt = endOfLocalDay(now, learner.timezone);
  const perDate = completionsPerDate(learner);
  const dates = [...perDate.keys()].sort();
  let current = 0;
  let longest = 0;
  let freezesBanked = 0;
  let completions = 0;
  const frozenDates: LocalDate[] = [];
  const repairedDates: LocalDate[] = [];
  let repairable: { was: number } | null = null;

  const first = dates[0];
  const lastDone = dates[dates.length - 1];
  if (first !== undefined && lastDone !== undefined) {
    const end = lastDone > today ? lastDone : today;
    for (let date = first; date <= end; date = addDays(date, 1)) {
      const count = perDate.get(date) ?? 0;
      if (count > 0) {
        const earned =
          Math.floor((completions + count) / COMPLETIONS_PER_FREEZE) -
          Math.floor(completions / COMPLETIONS_PER_FREEZE);
        completions += count;
        freezesBanked = Math.min(MAX_FREEZES, freezesBanked + earned);
        current += 1;
        longest = Math.max(longest, current);
      } else if (date >= today || isPausedOn(learner.pauses, date)) {
        continue;
      } else if (current > 0 && freezesBanked > 0) {
        freezesBanked -= 1;
        frozenDates.push(date);
      } else if (
        current > 0 &&
        repairedDates.length < MAX_REPAIRS &&
        (perDate.get(addDays(date, 1)) ?? 0) >= 2
      ) {
        repairedDates.push(date);
      } else {
        // Broken yesterday: today is still the day to repair it.
        if (current > 0 && repairedDates.length < MAX_REPAIRS && addDays(date, 1) === today) {
          repairable = { was: current };
        }
        current = 0;
      }
    }
  }

  const doneToday = perDate.has(today);
  return {
    current,
    longest,
    freezesBanked,
    frozenDates,
    repairedDates,
    repairsLeft: MAX_REPAIRS - repairedDates.length,
    // A day done today already restarts the count, but a second one still repairs.
    repairable: repairable !== null && (perDate.get(today) ?? 0) < 2 ? repairable : null,
    doneToday,
    atRisk: current > 0 && !doneToday && !isPausedOn(learner.pauses, today),
    hoursLeft: (todayEndsAt.getTime() - now.getTime()) / 3_600_000,
    todayEndsAt,
  };
}

function completionsPerDate(learner: Learner): Map<LocalDate, number> {
  const perDate = new Map<LocalDate, number>();
  for (const c of learner.completions) perDate.set(c.localDate, (perDate.get(c.localDate) ?? 0) + 1);
  return perDate;
}
