import { learnerKeys, learnerKeysKey } from '../storage/learner-keys.js';
import { learnerKey, learnerLeaseKey } from '../storage/learners.js';
import type { Clock, Store } from '../ports.js';
import { learnerDmKeysAround } from '../delivery/learner-dm-keys.js';
import { leaveAllServers, learnerServersKey } from '../storage/server-learners.js';

/** How long a learner has to confirm `/forget-me` after being asked. */
export const FORGET_CONFIRM_WINDOW_MS = 15 * 60_000;

/** Outcome of `/forget-me`: how much was removed, that nothing was stored, or that the question expired. */
export type ForgetOutcome =
  | {
      readonly kind: 'forgotten';
      readonly keys: number;
      readonly servers: number;
      /** Shared proof messages the platform refused to delete (now unknown to the coach). */
      readonly sharedLeft?: number;
    }
  | { readonly kind: 'nothing-stored' }
  /** The confirmation came after {@link FORGET_CONFIRM_WINDOW_MS}: nothing was deleted. */
  | { readonly kind: 'expired' };

/** What forgetting a learner touches. */
export interface ForgetDeps {
  readonly store: Store;
  /** Now: which days' DM markers may still be held. */
  readonly clock: Clock;
  /** Takes the learner out of every scheduling wheel (reminders, streak warnings). */
  readonly leaveWheel: (learnerId: string) => Promise<void>;
  /** Takes the learner out of study buddies (the pools and their partners' groups). */
  readonly leaveBuddies?: (learnerId: string) => Promise<void>;
}

/**
 * Deletes every record of the learner: out of the scheduling wheel first (so nothing is
 * sent to them mid-way), out of every server's learner set, every key registered for them,
 * their record, and last the registry itself, so a crash part-way can be finished by
 * running it again.
 */
export async function forgetLearner(deps: ForgetDeps, learnerId: string): Promise<ForgetOutcome> {
  const { store } = deps;
  const keys = await learnerKeys(store, learnerId);
  const hasRecord = (await store.get(learnerKey(learnerId))) !== undefined;
  const servers = await store.setMembers(learnerServersKey(learnerId));
  if (!hasRecord && keys.length === 0 && servers.length === 0) return { kind: 'nothing-stored' };

  await deps.leaveWheel(learnerId);
  await deps.leaveBuddies?.(learnerId);
  await leaveAllServers(store, learnerId);
  for (const key of keys) await store.delete(key);
  for (const key of learnerDmKeysAround(learnerId, deps.clock.now())) await store.delete(key);
  // Leases are claims under their own keys; one held by a command in flight goes too.
  for (const key of [learnerKey(learnerId), learnerLeaseKey(learnerId)]) await store.delete(key);
  await store.delete(learnerKeysKey(learnerId));
  return { kind: 'forgotten', keys: keys.length + (hasRecord ? 1 : 0), servers: servers.length };
}
