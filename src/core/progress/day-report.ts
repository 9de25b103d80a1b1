import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { completedDays, currentDay, learnerStartIndex } from '../learner/progress.js';
import { totalVotes, votesFor, type DayPollResults } from './day-poll.js';

/** How many learners completed one plan day, of those who reached it. */
export interface DayCompletion {
  readonly day: number;
  readonly done: number;
  /** Learners whose own progress got to this day: they completed it, are on it, or are past it. */
  readonly reached: number;
}

/**
 * For each plan day in order, who completed it of those who reached it. A learner reached a
 * day when they completed it, or it lies between their first day and their current day (both
 * included; every day from their first once they finished): a learner sitting on a day counts
 * as reached and not done, so a day that holds learners up shows a lower rate.
 */
export function dayCompletions(plan: Plan, learners: readonly Learner[]): DayCompletion[] {
  const done = new Map<number, number>();
  const reached = new Map<number, number>();
  const add = (map: Map<number, number>, day: number) => map.set(day, (map.get(day) ?? 0) + 1);
  for (const learner of learners) {
    const completed = completedDays(learner);
    const from = learnerStartIndex(plan, learner);
    const current = currentDay(plan, learner);
    const upTo = current === null ? plan.days.length - 1 : plan.days.findIndex((d) => d.day === current);
    plan.days.forEach((d, index) => {
      if (completed.has(d.day)) add(done, d.day);
      if (completed.has(d.day) || (index >= from && index <= upTo)) add(reached, d.day);
    });
  }
  return plan.days.map((d) => ({ day: d.day, done: done.get(d.day) ?? 0, reached: reached.get(d.day) ?? 0 }));
}

/** One posted day of a server, as the admin's report shows it. */
export interface DayReportRow {
  readonly day: number;
  readonly title: string;
  /** The local date it was posted for. */
  readonly slotDate: LocalDate;
  readonly completion: DayCompletion;
  /** The poll's answers; null when the day was posted without a poll. */
  readonly poll: DayPollResults | null;
}

/** The days that stand out in a report; null where no day qualifies. */
export interface DayStandouts {
  /** The day whose poll has the largest share of "too long" votes (at least one such vote). */
  readonly mostTooLong: { readonly day: number; readonly votes: number; readonly of: number } | null;
  /** The day with the lowest completion rate, the latest posted day aside (it is still under way). */
  readonly lowestCompletion: DayCompletion | null;
}

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Which of `rows` (in posting order) stand out; ties go to the earlier day. */
export function dayStandouts(rows: readonly DayReportRow[]): DayStandouts {
  let mostTooLong: DayStandouts['mostTooLong'] = null;
  for (const row of rows) {
    if (row.poll?.kind !== 'counted') continue;
    const votes = votesFor(row.poll.counts, 'too-long');
    const of = totalVotes(row.poll.counts);
    if (votes > 0 && (mostTooLong === null || share(votes, of) > share(mostTooLong.votes, mostTooLong.of)))
      mostTooLong = { day: row.day, votes, of };
  }
  let lowestCompletion: DayCompletion | null = null;
  for (const row of rows.slice(0, -1)) {
    const { completion } = row;
    if (completion.reached === 0) continue;
    if (
      lowestCompletion === null ||
      share(completion.done, completion.reached) < share(lowestCompletion.done, lowestCompletion.reached)
    )
      lowestCompletion = completion;
  }
  return { mostTooLong, lowestCompletion };
}
