import type { SendOutcome, Store } from '../ports.js';
import { deliverOnce, nonceOf, type Delivery } from './deliver-once.js';
import type { DmChannels } from './dm-channels.js';

/** What sending one DM to a learner exactly once needs. */
export interface LearnerDmDeps {
  readonly store: Store;
  readonly dms: DmChannels;
}

/** One DM that must reach a learner once: its marker key, how long the marker lives, and the send. */
export interface LearnerDm {
  readonly learnerId: string;
  readonly key: string;
  readonly ttlMs: number;
  /** Sends into the learner's DM channel with the marker's nonce. */
  readonly send: (channelId: string, nonce: string) => Promise<SendOutcome>;
}

/**
 * Sends a DM to a learner exactly once (see `deliverOnce`): the marker and its delivery keys
 * follow a pattern export and forget-me derive (`learnerDmKeysAround`), so nothing is
 * registered per DM; the DM channel
 * is the kept one, opened when there is none (`DmChannels`); after a crash the kept channel
 * is looked through for the nonce.
 */
export async function deliverLearnerDm(deps: LearnerDmDeps, dm: LearnerDm): Promise<Delivery> {
  const nonce = nonceOf(dm.key);
  return deliverOnce(
    deps.store,
    { key: dm.key, nonce, ttlMs: dm.ttlMs },
    {
      send: () => deps.dms.send(dm.learnerId, (channelId) => dm.send(channelId, nonce)),
      find: async () => {
        const channelId = await deps.dms.keptFor(dm.learnerId);
        return channelId === null ? null : deps.dms.findPost(channelId, nonce);
      },
    },
  );
}
