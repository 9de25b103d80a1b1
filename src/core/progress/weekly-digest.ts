import { placeOfDay, type DayPlace } from '../curriculum/plan-lookup.js';
import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { currentDay } from '../learner/progress.js';
import { streakOf } from '../learner/streak.js';
import { addDays, localDateOf } from '../time/local-date.js';

/** The weekly digest: the week before the learner's Monday, and what comes next. */
export interface WeeklyDigest {
  /** The Monday it is sent on (the learner's date); the week covered is the 7 days before. */
  readonly monday: LocalDate;
  readonly daysDone: number;
  readonly streak: number;
  /** Ratings given to recall cards in the week. */
  readonly cardsRecalled: number;
  /** The learner's next day, or null when the plan is done. */
  readonly next: DayPlace | null;
}

/**
 * The digest due on the learner's Monday, or null: not Monday in their zone, or a week with
 * nothing done and nothing recalled (a digest with nothing to say is not sent).
 * `recalledAt` holds the instants of the learner's recall ratings.
 */
export function weeklyDigestOf(
  plan: Plan,
  learner: Learner,
  recalledAt: readonly string[],
  now: Date,
): WeeklyDigest | null {
  const monday = localDateOf(now, learner.timezone);
  if (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) return null;
  const weekStart = addDays(monday, -7);
  const inWeek = (date: LocalDate) => date >= weekStart && date < monday;
  const daysDone = learner.completions.filter((completion) => inWeek(completion.localDate)).length;
  const cardsRecalled = recalledAt.filter((at) => inWeek(localDateOf(new Date(at), learner.timezone))).length;
  if (daysDone === 0 && cardsRecalled === 0) return null;
  const day = currentDay(plan, learner);
  return {
    monday,
    daysDone,
    streak: streakOf(learner, now).current,
    cardsRecalled,
    next: day === null ? null : (placeOfDay(plan, day) ?? null),
  };
}
