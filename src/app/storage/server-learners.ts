import { rememberLearnerKey } from './learner-keys.js';
import { unrank } from './server-ranking.js';
import type { Store } from '../ports.js';

/** Store set of the learner ids that used the coach in a server: what leaderboards and recaps read. */
export const serverLearnersKey = (guildId: string): string => `server-learners:${guildId}`;

/** Store set of the servers a learner used the coach in, so forget-me can leave each one. */
export const learnerServersKey = (learnerId: string): string => `learner-servers:${learnerId}`;

/** Notes that the learner used a command in this server. Idempotent; cheap enough for every command. */
export async function noteServerLearner(store: Store, guildId: string, learnerId: string): Promise<void> {
  const own = learnerServersKey(learnerId);
  await rememberLearnerKey(store, learnerId, own);
  await store.addToSet(own, guildId);
  await store.addToSet(serverLearnersKey(guildId), learnerId);
}

/** Learner ids seen in this server. */
export function serverLearnerIds(store: Store, guildId: string): Promise<string[]> {
  return store.setMembers(serverLearnersKey(guildId));
}

/** Takes the learner out of every server's set, then drops their own list of servers. */
export async function leaveAllServers(store: Store, learnerId: string): Promise<string[]> {
  const own = learnerServersKey(learnerId);
  const guildIds = await store.setMembers(own);
  for (const guildId of guildIds) {
    await store.removeFromSet(serverLearnersKey(guildId), learnerId);
    await unrank(store, guildId, learnerId);
  }
  await store.delete(own);
  return guildIds;
}
