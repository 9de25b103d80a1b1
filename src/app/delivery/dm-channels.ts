import type { Notifier, SendOutcome, Store } from '../ports.js';
import { platformUserOf } from '../actor.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';

/** Store key of a user's DM channel id: kept so a DM costs one request, across restarts. */
export const dmChannelKey = (userId: string): string => `dm-channel:${userId}`;

/** What opening a learner's DM channel came to. */
export type DmOpening =
  /** Opened now and kept, or kept from before (no request). */
  | { readonly kind: 'open'; readonly channelId: string }
  /** Discord refused with 403: the learner's DMs are closed. */
  | { readonly kind: 'closed'; readonly detail: string }
  /** The learner has no DMs on this platform (the console). */
  | { readonly kind: 'no-dms' }
  /** The user is gone, or a passing failure. */
  | { readonly kind: 'failed'; readonly refusal: 'gone' | 'failed'; readonly detail: string };

/** What a learner's DM channels need. */
export interface DmChannelsDeps {
  readonly store: Store;
  readonly notifier: Pick<Notifier, 'platform' | 'openDm' | 'findPost'>;
}

/**
 * The one place that opens a learner's DM channel: the kept channel id when there is one,
 * else a new one, kept (and listed among the learner's keys) so later DMs cost one request.
 */
export function createDmChannels(deps: DmChannelsDeps) {
  const { store, notifier } = deps;

  const kept = async (userId: string): Promise<string | null> => {
    const value = await store.get(dmChannelKey(userId));
    return typeof value === 'string' && value !== '' ? value : null;
  };

  const openFresh = async (learnerId: string, userId: string): Promise<DmOpening> => {
    const opened = await notifier.openDm(userId);
    switch (opened.kind) {
      case 'opened':
        await rememberLearnerKey(store, learnerId, dmChannelKey(userId));
        await store.set(dmChannelKey(userId), opened.channelId);
        return { kind: 'open', channelId: opened.channelId };
      case 'forbidden':
        return { kind: 'closed', detail: opened.detail };
      case 'gone':
      case 'failed':
        return { kind: 'failed', refusal: opened.kind, detail: opened.detail };
    }
  };

  const open = async (learnerId: string): Promise<DmOpening> => {
    const userId = platformUserOf(learnerId, notifier.platform);
    if (userId === null) return { kind: 'no-dms' };
    const channelId = await kept(userId);
    return channelId === null ? openFresh(learnerId, userId) : { kind: 'open', channelId };
  };

  return {
    open,

    /**
     * Sends to the learner's DM channel: opened first when none is kept. A kept channel that
     * no longer exists (404) is opened afresh and the send tried once more.
     */
    async send(learnerId: string, send: (channelId: string) => Promise<SendOutcome>): Promise<SendOutcome> {
      const userId = platformUserOf(learnerId, notifier.platform);
      if (userId === null) return { kind: 'gone', detail: 'the learner has no DMs here' };
      const keptId = await kept(userId);
      const opened = keptId === null ? await openFresh(learnerId, userId) : null;
      const channelId = keptId ?? (opened?.kind === 'open' ? opened.channelId : null);
      if (channelId === null) return refusalOf(opened);
      const sent = await send(channelId);
      if (sent.kind !== 'gone' || keptId === null) return sent;
      const reopened = await openFresh(learnerId, userId);
      return reopened.kind === 'open' ? send(reopened.channelId) : refusalOf(reopened);
    },

    /** The message id of an earlier DM with this nonce in the channel, if it exists. */
    findPost: (channelId: string, nonce: string) => notifier.findPost(channelId, nonce),

    /** True when the learner can get DMs on this platform at all. */
    reaches: (learnerId: string): boolean => platformUserOf(learnerId, notifier.platform) !== null,

    /** The kept channel id of a learner's DMs, where an interrupted send is looked for. */
    async keptFor(learnerId: string): Promise<string | null> {
      const userId = platformUserOf(learnerId, notifier.platform);
      return userId === null ? null : kept(userId);
    },
  };
}

function refusalOf(opening: DmOpening | null): Exclude<SendOutcome, { kind: 'sent' }> {
  if (opening?.kind === 'closed') return { kind: 'forbidden', detail: opening.detail };
  if (opening?.kind === 'failed') return { kind: opening.refusal, detail: opening.detail };
  return { kind: 'failed', detail: 'no DM channel' };
}

/** A learner's DM channels, as built by `createDmChannels`. */
export type DmChannels = ReturnType<typeof createDmChannels>;
