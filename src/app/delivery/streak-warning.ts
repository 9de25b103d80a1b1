import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { currentDay } from '../../core/learner/progress.js';
import { streakWarningDue, type StreakWarningDue } from '../../core/learner/streak-warning.js';
import { nextStreakWarningAt } from '../../core/schedule/learner-slots.js';
import type { Logger, Notifier, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import { learnerDmTtlMs } from './daily-post.js';
import type { DeliveryTexts } from './delivery-texts.js';
import { retryAt, type Delivery } from './deliver-once.js';
import type { DmChannels } from './dm-channels.js';
import { deliverLearnerDm } from './learner-dm.js';
import { skippedDay } from './snooze.js';

/** What the warning DM says, decided here and worded by the presenter. */
export type StreakWarning = Extract<StreakWarningDue, { kind: 'warn' }> & { readonly day: DayPlace | null };

/** What sending streak warnings needs. */
export interface StreakWarningsDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'postText'>;
  readonly dms: DmChannels;
  readonly logger: Logger;
  /** The DM's words. */
  readonly texts: Pick<DeliveryTexts, 'streakWarning'>;
}

/** What one learner's turn came to, and when to look at them next (null: warnings off). */
export type WarningRun = { readonly learnerId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-found' }
  | { readonly kind: 'no-dms' }
  /** The learner pressed "Skip today" on that day's reminder. */
  | { readonly kind: 'skipped' }
  | { readonly kind: 'not-due'; readonly reason: Extract<StreakWarningDue, { kind: 'none' }>['reason'] }
  | { readonly kind: 'delivery'; readonly localDate: string; readonly delivery: Delivery }
);

/** The store key that makes a learner's warning for their local date go out once. */
export const streakWarningKey = (learnerId: string, localDate: string): string =>
  `streak-warning:${learnerId}:${localDate}`;

/**
 * One learner's "your streak ends in N hours" DM, when the core says it is due: once per
 * local date (see `deliverLearnerDm`). Closed DMs turn the warning off. The scheduler runs
 * it for the learners its wheel holds at this minute (`runSchedulerPass`).
 */
export async function runStreakWarning(
  deps: StreakWarningsDeps,
  learnerId: string,
  now: Date,
): Promise<WarningRun> {
  const loaded = await deps.learners.load(learnerId);
  if (loaded.kind !== 'found') return { learnerId, kind: 'not-found', next: null };
  const { learner } = loaded;
  const next = nextStreakWarningAt(learner, now);
  if (!deps.dms.reaches(learnerId)) return { learnerId, kind: 'no-dms', next: null };
  const due = streakWarningDue(learner, now);
  if (due.kind === 'none') return { learnerId, kind: 'not-due', reason: due.reason, next };
  if (await skippedDay(deps.store, learnerId, due.localDate)) return { learnerId, kind: 'skipped', next };

  const day = currentDay(deps.plan, learner);
  const text = deps.texts.streakWarning({
    ...due,
    day: day === null ? null : (placeOfDay(deps.plan, day) ?? null),
  });
  const delivery = await deliverLearnerDm(deps, {
    learnerId,
    key: streakWarningKey(learnerId, due.localDate),
    ttlMs: learnerDmTtlMs(0),
    send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
  });

  if (delivery.kind === 'refused' && delivery.reason !== 'gave-up') {
    deps.logger.warn('streak warning refused, warnings switched off', { learnerId, reason: delivery.reason });
    await deps.learners.update(learnerId, (stored) =>
      stored === null
        ? { outcome: undefined }
        : { learner: { ...stored, streakWarningHour: null }, outcome: undefined },
    );
    return { learnerId, kind: 'delivery', localDate: due.localDate, delivery, next: null };
  }
  return {
    learnerId,
    kind: 'delivery',
    localDate: due.localDate,
    delivery,
    next: retryAt(delivery, now) ?? next,
  };
}
