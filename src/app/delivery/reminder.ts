import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { reminderDue, type ReminderDue } from '../../core/schedule/reminder.js';
import { deliverOnce, deliveryKeysOf, nonceOf, retryAt, type Delivery } from './deliver-once.js';
import { markerTtlMs } from './daily-post.js';
import { keepDmChannel, keptDmChannel } from './dm-channels.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Learners } from '../storage/learners.js';
import type { Notifier, SendOutcome } from '../notifier.js';
import type { Logger, Store } from '../ports.js';
import { nextReminderAt } from './wheel-placement.js';

/** What DM reminders need. */
export interface RemindersDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly learners: Learners;
  readonly notifier: Notifier;
  readonly logger: Logger;
  /** How late a missed reminder may still go out. */
  readonly graceMs: number;
  /** The platform user to DM for a learner id (`discord:42` -> `42`); null when the learner has no DMs. */
  readonly recipientOf: (learnerId: string) => string | null;
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
 * local day (see `deliverOnce`). Closed DMs (403) switch reminders off after that one try.
 */
export async function runReminder(deps: RemindersDeps, learnerId: string, now: Date): Promise<ReminderRun> {
  const loaded = await deps.learners.load(learnerId);
  if (loaded.kind !== 'found') return { learnerId, kind: 'not-found', next: null };
  const { learner } = loaded;
  const userId = deps.recipientOf(learnerId);
  if (userId === null) return { learnerId, kind: 'no-dms', next: null };
  const next = nextReminderAt(deps.plan, learner, now);
  const due = reminderDue(deps.plan, learner, now, deps.graceMs);
  if (due.kind === 'none') return { learnerId, kind: 'not-due', reason: due.reason, next };

  const key = reminderMarkerKey(learnerId, due.slotDate);
  for (const owned of deliveryKeysOf(key)) await rememberLearnerKey(deps.store, learnerId, owned);
  const nonce = nonceOf(key);
  const place = placeOfDay(deps.plan, due.day);
  if (place === undefined) throw new Error(`the core chose day ${due.day}, which is not in the plan`);
  const request = { place, planDays: deps.plan.days.length, nonce };
  let channelId = await keptDmChannel(deps.store, userId);

  const send = async (): Promise<SendOutcome> => {
    if (channelId === null) {
      const opened = await deps.notifier.openDm(userId);
      if (opened.kind !== 'opened') return opened;
      channelId = opened.channelId;
      await keepDmChannel(deps.store, learnerId, userId, channelId);
    }
    const sent = await deps.notifier.dmDay(userId, channelId, request);
    if (sent.dmChannelId !== undefined && sent.dmChannelId !== channelId) {
      await keepDmChannel(deps.store, learnerId, userId, sent.dmChannelId);
    }
    return sent;
  };
  const find = async () => (channelId === null ? null : deps.notifier.findPost(channelId, nonce));
  const delivery = await deliverOnce(
    deps.store,
    { key, nonce, ttlMs: markerTtlMs(deps.graceMs) },
    { send, find },
  );

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
