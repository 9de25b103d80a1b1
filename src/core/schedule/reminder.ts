import type { Plan } from '../curriculum/plan.js';
import type { Learner, LocalDate } from '../learner/learner.js';
import { isPausedOn } from '../learner/pauses.js';
import { currentDay } from '../learner/progress.js';
import { graceProblem, latestSlot } from './slot.js';

/**
 * Whether a learner's DM reminder is due now. `slotDate` (in the learner's zone) is the
 * slot's identity: the caller claims it before sending, so each reminder goes out once.
 */
export type ReminderDue =
  | { readonly kind: 'remind'; readonly slotDate: LocalDate; readonly day: number; readonly dueAt: Date }
  | {
      readonly kind: 'none';
      readonly reason:
        'off' | 'finished' | 'before-start' | 'paused' | 'done-today' | 'not-yet' | 'beyond-grace';
    };

/**
 * The learner's reminder at their `reminderTime` in their own zone, for their own current
 * day. Like the daily post, only the latest slot is considered and only within `graceMs`,
 * so downtime drops stale reminders instead of sending a pile. The slot follows the local
 * wall clock across DST changes (09:00 stays 09:00; a skipped time moves forward).
 *
 * Not due when: reminders are `off`; the plan is `finished`; the slot date is
 * `before-start` of the learner's calendar or `paused`; the learner already completed a day
 * on the slot date (`done-today`); or the slot is outside grace (`not-yet`/`beyond-grace`,
 * as for the daily post).
 */
export function reminderDue(plan: Plan, learner: Learner, now: Date, graceMs: number): ReminderDue {
  if (learner.reminderTime === null) return { kind: 'none', reason: 'off' };
  const day = currentDay(plan, learner);
  if (day === null) return { kind: 'none', reason: 'finished' };
  const slot = latestSlot(now, learner.reminderTime, learner.timezone);
  if (slot.slotDate < learner.startDate) return { kind: 'none', reason: 'before-start' };
  if (isPausedOn(learner.pauses, slot.slotDate)) return { kind: 'none', reason: 'paused' };
  if (learner.completions.some((c) => c.localDate === slot.slotDate))
    return { kind: 'none', reason: 'done-today' };
  const problem = graceProblem(now, slot, graceMs, learner.timezone);
  if (problem !== null) return { kind: 'none', reason: problem };
  return { kind: 'remind', slotDate: slot.slotDate, day, dueAt: slot.dueAt };
}
