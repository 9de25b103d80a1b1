import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { weeklyDigestOf } from '../../core/progress/weekly-digest.js';
import type { Logger, Notifier, Store } from '../ports.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import { learnerDmTtlMs } from './daily-post.js';
import type { Delivery } from './deliver-once.js';
import type { DeliveryTexts } from './delivery-texts.js';
import type { DmChannels } from './dm-channels.js';
import { deliverLearnerDm } from './learner-dm.js';

/** Present when the learner opted in to the weekly digest. */
export const digestOptInKey = (learnerId: string): string => `digest:${learnerId}`;
/** The marker that makes one Monday's digest go out once (derived by `learner-dm-keys.ts`). */
export const digestMarkerKey = (learnerId: string, monday: string): string => `digest:${learnerId}:${monday}`;

/** Turns the weekly digest on or off for the learner (opt-in: off until asked for). */
export async function setWeeklyDigest(store: Store, learnerId: string, on: boolean): Promise<void> {
  if (!on) return store.delete(digestOptInKey(learnerId));
  await rememberLearnerKey(store, learnerId, digestOptInKey(learnerId));
  await store.set(digestOptInKey(learnerId), true);
}

/** What sending a digest needs. */
export interface DigestDeps {
  readonly store: Store;
  readonly plan: Plan;
  readonly dms: DmChannels;
  readonly notifier: Pick<Notifier, 'postText'>;
  readonly texts: Pick<DeliveryTexts, 'weeklyDigest'>;
  readonly logger: Logger;
  /** The instants of the learner's recall ratings (`app/recall`). */
  readonly recalledAt?: (learner: Learner) => Promise<readonly string[]>;
}

/**
 * On the learner's Monday, at their reminder turn: the week's digest by DM, once (its own
 * marker), if they opted in and the week had something in it. Null when nothing was due.
 */
export async function runWeeklyDigest(
  deps: DigestDeps,
  learner: Learner,
  now: Date,
): Promise<Delivery | null> {
  if ((await deps.store.get(digestOptInKey(learner.id))) === undefined) return null;
  const recalled = (await deps.recalledAt?.(learner)) ?? [];
  const digest = weeklyDigestOf(deps.plan, learner, recalled, now);
  if (digest === null) return null;
  const text = deps.texts.weeklyDigest(digest);
  const delivery = await deliverLearnerDm(deps, {
    learnerId: learner.id,
    key: digestMarkerKey(learner.id, digest.monday),
    // As long as a reminder's marker, so the keys export and forget-me derive cover it.
    ttlMs: learnerDmTtlMs(0),
    send: (channelId, nonce) => deps.notifier.postText(channelId, text, nonce),
  });
  if (delivery.kind === 'failed') deps.logger.warn('weekly digest failed', { learnerId: learner.id });
  return delivery;
}
