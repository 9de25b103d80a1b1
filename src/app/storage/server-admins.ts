import type { Store } from '../ports.js';
import { learnerKeysKey, rememberLearnerKey } from './learner-keys.js';

/**
 * Store key of the admin who last ran /coach setup in a server (their learner id), told by DM
 * when a post is refused. Registered as that admin's key, so their export shows it and
 * forget-me removes it; never in the server record, which forget-me cannot touch.
 */
export const serverAdminKey = (guildId: string): string => `server-admin:${guildId}`;

/** Notes `learnerId` as the server's admin; the admin before them no longer counts it as theirs. */
export async function noteServerAdmin(store: Store, guildId: string, learnerId: string): Promise<void> {
  const key = serverAdminKey(guildId);
  const previous = await store.get(key);
  await rememberLearnerKey(store, learnerId, key);
  await store.set(key, learnerId);
  if (typeof previous === 'string' && previous !== learnerId)
    await store.removeFromSet(learnerKeysKey(previous), key);
}

/** The learner id of the server's admin, or null when none is known (or they were forgotten). */
export async function serverAdminOf(store: Store, guildId: string): Promise<string | null> {
  const value = await store.get(serverAdminKey(guildId));
  return typeof value === 'string' && value !== '' ? value : null;
}
