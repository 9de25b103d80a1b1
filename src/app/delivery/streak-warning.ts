import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { currentDay } from '../../core/learner/progress.js';
import { streakWarningDue, type StreakWarningDue } from '../../core/learner/streak-warning.js';
import { markerTtlMs } from './daily-post.js';
import { deliverOnce, deliveryKeysOf, nonceOf, retryAt, type Delivery } from './deliver-once.js';
import { keepDmChannel, keptDmChannel } from './dm-channels.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Learners } from '../storage/learners.js';
import type { Notifier, SendOutcome } from '../notifier.js';
import type { Logger, Store } from '../ports.js';
import { nextStreakWarningAt } from './wheel-placement.js';

/** What the warning DM says, decided here and worded by the presenter. */
export type StreakWarning = Extract<StreakWarningDue, { kind: 'warn' }> & { readonly day: DayPlace | null };

/** What sending streak warnings needs. */
export interface StreakWarningsDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly learners: Learners;
  readonly notifier: Pick<Notifier, 'openDm' | 'postText' | 'findPost'>;
  readonly logger: Logger;
  /** The platform user to DM for a learner id (`discord:42` -> `42`); null when the learner has no DMs. */
  readonly recipientOf: (learnerId: string) => string | null;
  /** The DM's words (the composition root passes the text presenter). */
  readonly render: (warning: StreakWarning) => string;
}

/** What one learner's turn came to, and when to look at them next (null: warnings off). */
export type WarningRun = { readonly learnerId: string; readonly next: Date | null } & (
  | { readonly kind: 'not-found' }
  | { readonly kind: 'no-dms' }
  | { readonly kind: 'not-due'; readonly reason: Extract<StreakWarningDue, { kind: 'none' }>['reason'] }
  | { readonly kind: 'delivery'; readonly localDate: string; readonly delivery: Delivery }
);

/** The store key that makes a learner's warning for their local date go out once. */
export const streakWarningKey = (learnerId: string, localDate: string): string =>
  `streak-warning:${learnerId}:${localDate}`;

/**
 * One learner's "your streak ends in N hours" DM, when the core says it is due: once per
 * local date (claimed before sending, see `deliverOnce`). Closed DMs turn the warning off.
 * The scheduler runs it for the learners its wheel holds at this minute (`runDueWork`).
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
  const userId = deps.recipientOf(learnerId);
  if (userId === null) return { learnerId, kind: 'no-dms', next: null };
  const due = streakWarningDue(learner, now);
  if (due.kind === 'none') return { learnerId, kind: 'not-due', reason: due.reason, next };

  const key = streakWarningKey(learnerId, due.localDate);
  for (const owned of deliveryKeysOf(key)) await rememberLearnerKey(deps.store, learnerId, owned);
  const nonce = nonceOf(key);
  const day = currentDay(deps.plan, learner);
  const text = deps.render({ ...due, day: day === null ? null : (placeOfDay(deps.plan, day) ?? null) });
  let channelId = await keptDmChannel(deps.store, userId);
  const send = async (): Promise<SendOutcome> => {
    if (channelId === null) {
      const opened = await deps.notifier.openDm(userId);
      if (opened.kind !== 'opened') return opened;
      channelId = opened.channelId;
      await keepDmChannel(deps.store, learnerId, userId, channelId);
    }
    return deps.notifier.postText(channelId, text, nonce);
  };
  const find = async () => (channelId === null ? null : deps.notifier.findPost(channelId, nonce));
  const delivery = await deliverOnce(deps.store, { key, nonce, ttlMs: markerTtlMs(0) }, { send, find });

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
