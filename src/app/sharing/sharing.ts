import type { DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Proof } from '../../core/learner/learner.js';
import type { ActorRef } from '../actor.js';
import type { Logger, Notifier, Store } from '../ports.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import { dayThreadOf } from './day-threads.js';

/** What became of a proof the learner asked to share; the day is recorded whatever it says. */
export type ShareOutcome =
  | { readonly kind: 'shared'; readonly day: number; readonly threadId: string }
  /** Asked outside a server (a DM, the console): there is no cohort thread to post in. */
  | { readonly kind: 'no-server'; readonly day: number }
  /** The day was never posted in this server, or its thread could not be opened. */
  | { readonly kind: 'no-thread'; readonly day: number }
  /** The thread refused the message (deleted, archived and locked, missing permission, outage). */
  | { readonly kind: 'not-posted'; readonly day: number; readonly detail: string };

/** Outcome of `/unshare`. */
export type UnshareOutcome =
  | { readonly kind: 'unshared'; readonly day: number }
  | { readonly kind: 'not-shared'; readonly day: number }
  /** Discord refused the deletion for now: the share is kept, so the learner can try again. */
  | { readonly kind: 'unshare-failed'; readonly day: number; readonly detail: string };

/** Outcome of `/settings share:`. */
export type ShareDefaultOutcome = { readonly kind: 'share-default'; readonly on: boolean };

/** The learner key listing their shared proof messages: `<day>:<channel>:<message>` members. */
export const sharedProofsKey = (learnerId: string): string => `shared-proofs:${learnerId}`;
/** The learner key of their sharing default (`true` when on; absent: off). */
export const shareDefaultKey = (learnerId: string): string => `share-default:${learnerId}`;

interface SharedMessage {
  readonly member: string;
  readonly day: number;
  readonly channelId: string;
  readonly messageId: string;
}

const parse = (member: string): SharedMessage | null => {
  const [day, channelId, messageId] = member.split(':');
  if (day === undefined || channelId === undefined || messageId === undefined) return null;
  return { member, day: Number(day), channelId, messageId };
};

/** What sharing needs; without a notifier (the console) nothing can be shared. */
export interface SharingDeps {
  readonly store: Store;
  readonly notifier: Notifier | null;
  readonly logger: Logger;
}

/**
 * Proof shared with the cohort: posted in the day's thread of the server the learner asked
 * in, each message remembered under the learner so unshare and forget-me can delete it.
 */
export function createSharing(deps: SharingDeps) {
  const { store, notifier, logger } = deps;

  const sharedOf = async (learnerId: string): Promise<SharedMessage[]> =>
    (await store.setMembers(sharedProofsKey(learnerId))).flatMap((member) => parse(member) ?? []);

  /** Deletes one shared message; true when it is gone (already gone counts). */
  const remove = async (learnerId: string, shared: SharedMessage): Promise<string | null> => {
    if (notifier === null) return 'no way to reach the platform';
    const deleted = await notifier.deleteMessage(shared.channelId, shared.messageId);
    if (deleted.kind !== 'deleted' && deleted.kind !== 'gone') return deleted.detail;
    await store.removeFromSet(sharedProofsKey(learnerId), shared.member);
    return null;
  };

  return {
    /** Whether the learner shares by default (`/settings share:`); off until they turn it on. */
    shareByDefault: async (learnerId: string): Promise<boolean> =>
      (await store.get(shareDefaultKey(learnerId))) === true,

    async setDefault(actor: ActorRef, on: boolean): Promise<ShareDefaultOutcome> {
      await rememberLearnerKey(store, actor.id, shareDefaultKey(actor.id));
      await store.set(shareDefaultKey(actor.id), on);
      return { kind: 'share-default', on };
    },

    /** Posts the proof of a day just completed in that day's thread of the actor's server. */
    async share(actor: ActorRef, place: DayPlace, proof: Proof): Promise<ShareOutcome> {
      const day = place.day.day;
      const serverId = actor.serverId ?? null;
      if (serverId === null || notifier === null) return { kind: 'no-server', day };
      const threadId = await dayThreadOf(store, serverId, day);
      if (threadId === null) return { kind: 'no-thread', day };
      const share = {
        who: actor.displayName,
        day,
        title: place.day.title,
        text: proof.text,
        links: proof.links,
      };
      const posted = await notifier.postShare(threadId, share);
      if (posted.kind !== 'sent') {
        logger.warn('could not share proof', { day, threadId, reason: posted.kind, detail: posted.detail });
        return { kind: 'not-posted', day, detail: posted.detail };
      }
      await rememberLearnerKey(store, actor.id, sharedProofsKey(actor.id));
      await store.addToSet(sharedProofsKey(actor.id), `${day}:${threadId}:${posted.messageId}`);
      return { kind: 'shared', day, threadId };
    },

    /** Deletes the learner's shared proof of `day`, in every server it was shared in. */
    async unshare(actor: ActorRef, day: number): Promise<UnshareOutcome> {
      const mine = (await sharedOf(actor.id)).filter((shared) => shared.day === day);
      if (mine.length === 0) return { kind: 'not-shared', day };
      for (const shared of mine) {
        const problem = await remove(actor.id, shared);
        if (problem !== null) return { kind: 'unshare-failed', day, detail: problem };
      }
      return { kind: 'unshared', day };
    },

    /**
     * Forget-me: deletes every shared message of the learner. A refused deletion never blocks
     * forget-me; it is logged and counted, so the learner is told. The number left.
     */
    async unshareAll(learnerId: string): Promise<number> {
      let left = 0;
      for (const shared of await sharedOf(learnerId)) {
        const problem = await remove(learnerId, shared);
        if (problem !== null) {
          left += 1;
          logger.warn('could not delete a shared proof', { channelId: shared.channelId, detail: problem });
        }
      }
      return left;
    },
  };
}

/** Sharing, as built by `createSharing`. */
export type Sharing = ReturnType<typeof createSharing>;
