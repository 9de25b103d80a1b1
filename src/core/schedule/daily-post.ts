import type { Plan } from '../curriculum/plan.js';
import type { LocalDate } from '../learner/learner.js';
import { addDays } from '../time/local-date.js';
import { instantOf } from '../time/instant-of.js';
import { cohortDay, startIndexOf, type CohortSchedule } from './cohort.js';
import { graceProblem, latestSlot, nextSlot } from './slot.js';

/**
 * What the daily post scheduler should do now. `slotDate` (a date in the server's zone) is
 * the slot's identity: the caller claims it before posting, so each slot goes out once.
 */
export type DailyPostDue =
  | { readonly kind: 'post'; readonly slotDate: LocalDate; readonly day: number; readonly dueAt: Date }
  /** The slot the day after the plan's last day: post the end-of-cycle message once. */
  | { readonly kind: 'cycle-complete'; readonly slotDate: LocalDate; readonly dueAt: Date }
  | {
      readonly kind: 'none';
      readonly reason: 'before-start' | 'paused' | 'not-yet' | 'beyond-grace' | 'after-complete';
    };

/**
 * Looks only at the latest slot at or before `now`, and only while it is at most `graceMs`
 * old. So after an outage the latest missed post goes out once (if still within grace)
 * and older ones are never sent: a restart cannot flood a channel.
 *
 * Reasons for `none`: `paused`; `before-start` (the latest slot is before the start date);
 * `after-complete` (past the end-of-cycle slot); `not-yet` (yesterday's slot is past grace,
 * today's is still to come); `beyond-grace` (today's slot passed more than `graceMs` ago).
 */
export function dailyPostDue(plan: Plan, schedule: CohortSchedule, now: Date, graceMs: number): DailyPostDue {
  if (schedule.paused) return { kind: 'none', reason: 'paused' };
  const slot = latestSlot(now, schedule.time, schedule.timezone);
  const position = cohortDay(plan, schedule.startDate, slot.slotDate, schedule.startDay);
  if (position.kind === 'before-start') return { kind: 'none', reason: 'before-start' };
  const isCycleEnd = slot.slotDate === cycleCompleteDate(plan, schedule);
  if (position.kind === 'finished' && !isCycleEnd) return { kind: 'none', reason: 'after-complete' };
  const problem = graceProblem(now, slot, graceMs, schedule.timezone);
  if (problem !== null) return { kind: 'none', reason: problem };
  if (position.kind === 'finished')
    return { kind: 'cycle-complete', slotDate: slot.slotDate, dueAt: slot.dueAt };
  return { kind: 'post', slotDate: slot.slotDate, day: position.day, dueAt: slot.dueAt };
}

/**
 * The next slot the schedule has something to post in: a plan day, or the one end-of-cycle
 * message the day after the last plan day.
 */
export type NextPost =
  | { readonly kind: 'post'; readonly day: number; readonly slotDate: LocalDate; readonly at: Date }
  | { readonly kind: 'cycle-complete'; readonly slotDate: LocalDate; readonly at: Date };

/**
 * The first slot strictly after `now` with something to post (the start date's slot if the
 * cohort has not begun): a plan day, else the end-of-cycle slot. Null when paused or when
 * the end-of-cycle slot is behind. A slot already due (within grace) is `dailyPostDue`'s business.
 */
export function nextPost(plan: Plan, schedule: CohortSchedule, now: Date): NextPost | null {
  if (schedule.paused) return null;
  const next = nextSlot(now, schedule.time, schedule.timezone);
  const slotDate = next.slotDate < schedule.startDate ? schedule.startDate : next.slotDate;
  const at = slotDate === next.slotDate ? next.dueAt : instantOf(slotDate, schedule.time, schedule.timezone);
  const position = cohortDay(plan, schedule.startDate, slotDate, schedule.startDay);
  if (position.kind === 'day') return { kind: 'post', day: position.day, slotDate, at };
  if (slotDate === cycleCompleteDate(plan, schedule)) return { kind: 'cycle-complete', slotDate, at };
  return null;
}

/** The local date of the end-of-cycle slot (the day after the plan's last day). */
export function cycleCompleteDate(
  plan: Plan,
  schedule: { readonly startDate: LocalDate; readonly startDay?: number | undefined },
): LocalDate {
  return addDays(schedule.startDate, plan.days.length - startIndexOf(plan, schedule.startDay));
}
