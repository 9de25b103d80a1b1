import { rememberLearnerKey } from './learner-keys.js';
import type { Store } from './ports.js';

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
