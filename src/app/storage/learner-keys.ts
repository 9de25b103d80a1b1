import type { Store } from '../ports.js';

/**
 * Every key that holds a learner's data (beyond `learner:<id>` itself) is listed in one set per
 * learner, so export and forget-me find it all without scanning the store.
 */
export const learnerKeysKey = (learnerId: string): string => `learner-keys:${learnerId}`;

/** Records that `key` holds data of this learner. Call it before or together with the first write. */
export async function rememberLearnerKey(store: Store, learnerId: string, key: string): Promise<void> {
  await store.addToSet(learnerKeysKey(learnerId), key);
}

/** Every key recorded for this learner. */
export async function learnerKeys(store: Store, learnerId: string): Promise<string[]> {
  return store.setMembers(learnerKeysKey(learnerId));
}
