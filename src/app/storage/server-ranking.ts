import type { Learner } from '../../core/learner/learner.js';
import { rankingEntryOf } from '../../core/progress/ranking.js';
import type { Store } from '../ports.js';

/** A server's ranking: learner id → score (streak, then days done). */
export const rankingKey = (guildId: string): string => `leaderboard:${guildId}`;
/** When each ranked learner's streak may change without a completion: learner id → instant (ms). */
export const rankingRecheckKey = (guildId: string): string => `leaderboard-recheck:${guildId}`;

/**
 * Puts the learner in the server's ranking as they stand at `now` (a learner without a record
 * yet, or a fresh one, at zero), or takes them off it when they opted out.
 */
export async function rankInServer(
  store: Store,
  guildId: string,
  learnerId: string,
  learner: Learner | null,
  now: Date,
): Promise<void> {
  const entry = learner === null ? { score: 0, recheckAt: null } : rankingEntryOf(learner, now);
  if (entry === null) {
    await store.rankRemove(rankingKey(guildId), learnerId);
    await store.rankRemove(rankingRecheckKey(guildId), learnerId);
    return;
  }
  await store.rankSet(rankingKey(guildId), learnerId, entry.score);
  if (entry.recheckAt === null) await store.rankRemove(rankingRecheckKey(guildId), learnerId);
  else await store.rankSet(rankingRecheckKey(guildId), learnerId, entry.recheckAt);
}

/** Ranks a learner whose record was just created: nothing of theirs is ranked yet, so nothing is removed. */
export async function rankCreated(store: Store, guildId: string, learner: Learner, now: Date): Promise<void> {
  const entry = rankingEntryOf(learner, now);
  if (entry === null) return;
  await store.rankSet(rankingKey(guildId), learner.id, entry.score);
  if (entry.recheckAt !== null) await store.rankSet(rankingRecheckKey(guildId), learner.id, entry.recheckAt);
}

/** After the learner's record changed: their place in the ranking of each server they used. */
export async function rankEverywhere(
  store: Store,
  guildIds: readonly string[],
  learner: Learner,
  now: Date,
): Promise<void> {
  for (const guildId of guildIds) await rankInServer(store, guildId, learner.id, learner, now);
}

/**
 * After a learner is noted in a server: ranks them there if they are not yet (a learner new
 * to this server, or one noted before rankings existed). One read when they are.
 */
export async function rankIfNew(
  store: Store,
  guildId: string,
  learnerId: string,
  load: () => Promise<Learner | null>,
  now: Date,
): Promise<void> {
  if ((await store.rankScore(rankingKey(guildId), learnerId)) !== undefined) return;
  await rankInServer(store, guildId, learnerId, await load(), now);
}

/** Takes the learner off the server's ranking (forget-me). */
export async function unrank(store: Store, guildId: string, learnerId: string): Promise<void> {
  await store.rankRemove(rankingKey(guildId), learnerId);
  await store.rankRemove(rankingRecheckKey(guildId), learnerId);
}
