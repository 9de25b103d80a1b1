import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { nextReminderAt } from '../../core/schedule/learner-slots.js';
import { reminderDue, type ReminderDue } from '../../core/schedule/reminder.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import { learnerDmTtlMs } from './daily-post.js';
import { retryAt, type Delivery } from './deliver-once.js';
import type { DmChannels } from './dm-channels.js';
import { deliverLearnerDm } from './learner-dm.js';

/** What DM reminders need. */
export interface RemindersDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'postDay'>;
  readonly dms: DmChannels;
  readonly logger: Logger;
  /** How late a missed reminder may still go out. */
  readonly graceMs: number;
  /** Recall cards due for the learner now (`app/recall`), added to the reminder as one line. */
  readonly recallDue?: (learner: Learner, now: Date) => Promise<{ cards: number; minutes: number } | null>;
}

/** What one learner's turn came to, and when the wheel should look at them next (null: never). */
export type ReminderRun = { readonly learnerId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-found' }
  | { readonly kind: 'no-dms' }
  | { readonly kind: 'not-due'; readonly reason: Extract<ReminderDue, { kind: 'none' }>['reason'] }
  | { readonly kind: 'delivery'; readonly slotDate: string; readonly delivery: Delivery }
);

/** The store key that makes a learner's reminder for their local `slotDate` go out once. */
export const reminderMarkerKey = (learnerId: string, slotDate: string): string =>
  `remind:${learnerId}:${slotDate}`;

/**
 * The learner's own current day by DM, if the core says their reminder is due now; once per
 * local day (see `deliverLearnerDm`). Closed DMs (403) switch reminders off after that one try.
 */
export async function runReminder(deps: RemindersDeps, learnerId: string, now: Date): Promise<ReminderRun> {
  const loaded = await deps.learners.load(learnerId);
  if (loaded.kind !== 'found') return { learnerId, kind: 'not-found', next: null };
  const { learner } = loaded;
  if (!deps.dms.reaches(learnerId)) return { learnerId, kind: 'no-dms', next: null };
  const next = nextReminderAt(deps.plan, learner, now);
  const due = reminderDue(deps.plan, learner, now, deps.graceMs);
  if (due.kind === 'none') return { learnerId, kind: 'not-due', reason: due.reason, next };

  const place = placeOfDay(deps.plan, due.day);
  if (place === undefined) throw new Error(`the core chose day ${due.day}, which is not in the plan`);
  const planDays = deps.plan.days.length;
  const recall = (await deps.recallDue?.(learner, now)) ?? null;
  const delivery = await deliverLearnerDm(deps, {
    learnerId,
    key: reminderMarkerKey(learnerId, due.slotDate),
    ttlMs: learnerDmTtlMs(deps.graceMs),
    send: (channelId, nonce) =>
      deps.notifier.postDay(channelId, { place, planDays, nonce, ...(recall === null ? {} : { recall }) }),
  });

  const context = { learnerId, slotDate: due.slotDate };
  if (delivery.kind === 'refused' && delivery.reason !== 'gave-up') {
    deps.logger.warn('reminder refused, reminders switched off', { ...context, reason: delivery.reason });
    await switchOff(deps, learnerId);
    return { learnerId, kind: 'delivery', slotDate: due.slotDate, delivery, next: null };
  }
  if (delivery.kind === 'failed')
    deps.logger.warn('reminder failed, will retry', { ...context, detail: delivery.detail });
  return {
    learnerId,
    kind: 'delivery',
    slotDate: due.slotDate,
    delivery,
    next: retryAt(delivery, now) ?? next,
  };
}

// Never retried: every 403 counts toward Discord's invalid-request ban. The learner is told
// once, at their next command, and turns reminders back on themselves.
async function switchOff(deps: RemindersDeps, learnerId: string): Promise<void> {
  const blocked = (learner: Learner): Learner => ({ ...learner, dmBlocked: 'blocked', reminderTime: null });
  const updated = await deps.learners.update(learnerId, (stored) =>
    stored === null ? { outcome: undefined } : { learner: blocked(stored), outcome: undefined },
  );
  if (updated.kind !== 'ok')
    deps.logger.error('could not switch reminders off', { learnerId, why: updated.kind });
}
