import { dayRange, placeOfDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { streakOf } from '../../core/learner/streak.js';
import { nextReminderAt } from '../../core/schedule/learner-slots.js';
import { reminderDue, type ReminderDue } from '../../core/schedule/reminder.js';
import type { Logger, Notifier, ReminderLine, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import type { ServerRecords } from '../storage/server-records.js';
import { runAtRiskNudge } from './at-risk-nudge.js';
import { learnerDmTtlMs } from './daily-post.js';
import { retryAt, type Delivery } from './deliver-once.js';
import type { DmChannels } from './dm-channels.js';
import { deliverLearnerDm } from './learner-dm.js';
import { readSnooze, snoozeKey, snoozeMarkerKey } from './snooze.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { runWeeklyDigest } from './weekly-digest.js';

/** What DM reminders need. */
export interface RemindersDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'postDay' | 'postText'>;
  readonly dms: DmChannels;
  readonly logger: Logger;
  /** How late a missed reminder may still go out. */
  readonly graceMs: number;
  /**
   * The words of the weekly digest (the Monday reminder turn, learners who opted in) and of
   * the at-risk nudge (after a reminder, where the server turned nudges on).
   */
  readonly texts: Pick<DeliveryTexts, 'weeklyDigest' | 'atRiskNudge'>;
  /** The learner's servers' records, for their nudge switch. */
  readonly servers: Pick<ServerRecords, 'load'>;
  /** The instants of the learner's recall ratings, for the digest. */
  readonly recalledAt?: (learner: Learner) => Promise<readonly string[]>;
  /** Recall cards due for the learner now (`app/recall`), said in the reminder's personal line. */
  readonly recallDue?: (learner: Learner, now: Date) => Promise<{ cards: number; minutes: number } | null>;
}

/** What one learner's turn came to, and when the wheel should look at them next (null: never). */
export type ReminderRun = { readonly learnerId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-found' }
  | { readonly kind: 'no-dms' }
  | { readonly kind: 'not-due'; readonly reason: Extract<ReminderDue, { kind: 'none' }>['reason'] }
  | {
      readonly kind: 'delivery';
      readonly slotDate: string;
      readonly delivery: Delivery;
      /** The at-risk nudge that followed the reminder; null when none was due. */
      readonly nudge?: Delivery | null;
    }
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
  // The digest rides on the reminder turn: a failure waits for next week rather than delay the reminder.
  await runWeeklyDigest(deps, learner, now).catch((error: unknown) =>
    deps.logger.error('weekly digest failed', { learnerId, error: String(error) }),
  );
  // "Remind me in 2 hours": one more reminder of the same day, under its own marker.
  const pending = await readSnooze(deps.store, learnerId);
  const snoozeDue = pending !== null && Date.parse(pending.at) <= now.getTime();
  const regular = nextReminderAt(deps.plan, learner, now);
  const next =
    pending !== null && !snoozeDue && (regular === null || Date.parse(pending.at) < regular.getTime())
      ? new Date(pending.at)
      : regular;
  const due = reminderDue(deps.plan, learner, now, deps.graceMs);
  const snoozing = snoozeDue && due.kind === 'remind' && pending.slotDate === due.slotDate;
  // A snooze whose day was done, paused, or passed has nothing left to say.
  if (snoozeDue && !snoozing) await deps.store.delete(snoozeKey(learnerId));
  if (due.kind === 'none') return { learnerId, kind: 'not-due', reason: due.reason, next };

  const place = placeOfDay(deps.plan, due.day);
  if (place === undefined) throw new Error(`the core chose day ${due.day}, which is not in the plan`);
  const planDays = deps.plan.days.length;
  const recall = (await deps.recallDue?.(learner, now)) ?? null;
  const line: ReminderLine = {
    day: due.day,
    lastDay: dayRange(deps.plan).last,
    streak: streakOf(learner, now).current,
    cardsDue: recall?.cards ?? 0,
  };
  const delivery = await deliverLearnerDm(deps, {
    learnerId,
    key: snoozing ? snoozeMarkerKey(learnerId, due.slotDate) : reminderMarkerKey(learnerId, due.slotDate),
    ttlMs: learnerDmTtlMs(deps.graceMs),
    send: (channelId, nonce) =>
      deps.notifier.postDay(channelId, {
        place,
        planDays,
        nonce,
        reminder: { slotDate: due.slotDate, snoozed: snoozing, line },
      }),
  });

  // Kept until it went out (or never can): a crash before this line finds its marker next time.
  if (snoozing && retryAt(delivery, now) === null) await deps.store.delete(snoozeKey(learnerId));
  const context = { learnerId, slotDate: due.slotDate };
  if (delivery.kind === 'refused' && delivery.reason !== 'gave-up') {
    deps.logger.warn('reminder refused, reminders switched off', { ...context, reason: delivery.reason });
    await switchOff(deps, learnerId);
    return { learnerId, kind: 'delivery', slotDate: due.slotDate, delivery, next: null };
  }
  if (delivery.kind === 'failed')
    deps.logger.warn('reminder failed, will retry', { ...context, detail: delivery.detail });
  // The weekly nudge follows a reminder that just went out (at-risk-nudge.ts says why here); a
  // failure waits for a later reminder rather than hold this one.
  const nudge =
    delivery.kind === 'sent'
      ? await runAtRiskNudge(deps, learner, now).catch((error: unknown) => {
          deps.logger.error('at-risk nudge failed', { learnerId, error: String(error) });
          return null;
        })
      : null;
  if (nudge?.kind === 'refused' && nudge.reason !== 'gave-up') {
    deps.logger.warn('at-risk nudge refused, reminders switched off', { ...context, reason: nudge.reason });
    await switchOff(deps, learnerId);
    return { learnerId, kind: 'delivery', slotDate: due.slotDate, delivery, nudge, next: null };
  }
  return {
    learnerId,
    kind: 'delivery',
    slotDate: due.slotDate,
    delivery,
    nudge,
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
