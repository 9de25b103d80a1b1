import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Notifier } from '../notifier.js';
import type { Store } from '../ports.js';

/** Store key of a user's DM channel id: kept so a DM costs one request, across restarts. */
export const dmChannelKey = (userId: string): string => `dm-channel:${userId}`;

/** Keeps a user's DM channel id (listed among the learner's keys), so their DMs cost one request. */
export async function keepDmChannel(
  store: Store,
  learnerId: string,
  userId: string,
  channelId: string,
): Promise<void> {
  await rememberLearnerKey(store, learnerId, dmChannelKey(userId));
  await store.set(dmChannelKey(userId), channelId);
}

/** The kept DM channel id of a user, or null when none is kept. */
export async function keptDmChannel(store: Store, userId: string): Promise<string | null> {
  const value = await store.get(dmChannelKey(userId));
  return typeof value === 'string' && value !== '' ? value : null;
}

/** What opening a learner's DM channel ahead of their first reminder came to. */
export type DmOpening =
  /** Opened now and kept, or kept from before (no request). */
  | { readonly kind: 'open' }
  /** Discord refused with 403: the learner's DMs are closed. */
  | { readonly kind: 'closed' }
  /** The learner has no DMs on this platform (the console). */
  | { readonly kind: 'no-dms' }
  /** A passing failure: the first reminder opens the channel itself. */
  | { readonly kind: 'failed'; readonly detail: string };

/** What opening a DM channel needs. */
export interface DmChannelsDeps {
  readonly store: Store;
  readonly notifier: Pick<Notifier, 'openDm'>;
  /** The platform user to DM for a learner id (`discord:42` -> `42`); null when the learner has no DMs. */
  readonly recipientOf: (learnerId: string) => string | null;
}

/**
 * Opens and keeps the learner's DM channel when they turn reminders on, so the first
 * reminder costs one request, and a refusal can be told to them at once.
 */
export async function openLearnerDm(deps: DmChannelsDeps, learnerId: string): Promise<DmOpening> {
  const userId = deps.recipientOf(learnerId);
  if (userId === null) return { kind: 'no-dms' };
  if ((await keptDmChannel(deps.store, userId)) !== null) return { kind: 'open' };
  const opened = await deps.notifier.openDm(userId);
  switch (opened.kind) {
    case 'opened':
      await keepDmChannel(deps.store, learnerId, userId, opened.channelId);
      return { kind: 'open' };
    case 'forbidden':
      return { kind: 'closed' };
    case 'gone':
    case 'failed':
      return { kind: 'failed', detail: opened.detail };
  }
}
