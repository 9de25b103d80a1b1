import type { Plan } from '../curriculum/plan.js';
import { addDays, daysBetween, localDateOf } from '../time/local-date.js';
import type { Learner, LocalDate } from './learner.js';
import { isPausedOn } from './pauses.js';
import { currentDay } from './progress.js';
import { streakOf } from './streak.js';

/**
 * What happened on one of the learner's own dates. Missed, frozen and paused are facts about
 * dates, never about plan days: a plan day is only done, today's, or still to come.
 */
export type DateState = 'done' | 'missed' | 'frozen' | 'paused' | 'today' | 'upcoming' | 'none';

/** One local date and what happened on it. */
export interface DatedState {
  readonly date: LocalDate;
  readonly state: DateState;
  /** The last plan day completed on this date, when `state` is `done`. */
  readonly day: number | null;
}

// 2024-01-01 was a Monday: weeks on the learner's dates run Monday to Sunday.
const A_MONDAY = '2024-01-01';
const WEEK = 7;

/**
 * What happened on each local date from `from` to `to` (both included), judged in the
 * learner's zone on `now`:
 * - `done`: a completion is dated then (also while paused, also today);
 * - `upcoming`: after today; `today`: today, not yet done (`paused` while paused);
 * - `none`: before the learner began (before both their start date and their first
 *   completion) or after the date they finished the plan;
 * - `paused`: inside a pause; `frozen`: a missed date a streak freeze covered;
 * - `missed`: any other date.
 */
export function dateStates(
  plan: Plan,
  learner: Learner,
  now: Date,
  from: LocalDate,
  to: LocalDate,
): DatedState[] {
  const today = localDateOf(now, learner.timezone);
  const lastDayOn = new Map<LocalDate, number>();
  for (const c of learner.completions) lastDayOn.set(c.localDate, c.day);
  const dated = [...lastDayOn.keys()].sort();
  const first = dated[0];
  const began = first !== undefined && first < learner.startDate ? first : learner.startDate;
  const finishedOn = currentDay(plan, learner) === null ? (dated[dated.length - 1] ?? null) : null;
  const frozen = new Set(streakOf(learner, now).frozenDates);

  const stateOn = (date: LocalDate): DateState => {
    if (lastDayOn.has(date)) return 'done';
    if (date > today) return 'upcoming';
    if (date < began || (finishedOn !== null && date > finishedOn)) return 'none';
    if (isPausedOn(learner.pauses, date)) return 'paused';
    if (date === today) return 'today';
    return frozen.has(date) ? 'frozen' : 'missed';
  };
  const states: DatedState[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    states.push({ date, state: stateOn(date), day: lastDayOn.get(date) ?? null });
  }
  return states;
}

/** The learner's last `weeks` weeks (Monday to Sunday), this week last, one row of seven dates each. */
export function recentWeeks(plan: Plan, learner: Learner, now: Date, weeks: number): DatedState[][] {
  const today = localDateOf(now, learner.timezone);
  const weekday = ((daysBetween(A_MONDAY, today) % WEEK) + WEEK) % WEEK;
  const monday = addDays(today, -weekday);
  const from = addDays(monday, -WEEK * (weeks - 1));
  const states = dateStates(plan, learner, now, from, addDays(monday, WEEK - 1));
  return Array.from({ length: weeks }, (_, w) => states.slice(w * WEEK, (w + 1) * WEEK));
}
