import type { Learner } from '../../core/learner/learner.js';
import { LEADERBOARD_SIZE, type Leaderboard, type LeaderboardLine } from '../../core/progress/leaderboard.js';
import { rankedLines, standingOfScore } from '../../core/progress/ranking.js';
import type { ActorRef } from '../actor.js';
import type { Clock, Store } from '../ports.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { Learners } from '../storage/learners.js';
import { noteServerLearner, serverLearnerIds } from '../storage/server-learners.js';
import {
  rankCreated,
  rankIfNew,
  rankInServer,
  rankingKey,
  rankingRecheckKey,
} from '../storage/server-ranking.js';

/** Outcome of `/leaderboard`: a server's board, or `not-in-server` where there is no server (DMs, console). */
export type LeaderboardOutcome =
  ({ readonly kind: 'leaderboard' } & Leaderboard) | { readonly kind: 'not-in-server' };

/** What the leaderboard reads: the server's ranking and the records of those it shows, never a scan. */
export interface LeaderboardDeps {
  readonly store: Store;
  readonly learners: Learners;
  readonly session: LearnerSession;
}

/** Records read per batch when a ranking is built or brought up to date. */
const BATCH = 250;
/** Marks a server whose ranking was built from its learners (servers set up before rankings). */
const builtKey = (guildId: string): string => `leaderboard-built:${guildId}`;

/** The learners seen in a server, loaded; records that cannot be read are left out. */
export async function loadServerLearners(
  deps: Pick<LeaderboardDeps, 'store' | 'learners'>,
  guildId: string,
): Promise<Learner[]> {
  const ids = await serverLearnerIds(deps.store, guildId);
  const loaded = await Promise.all(ids.map((id) => deps.learners.load(id)));
  return loaded.flatMap((result) => (result.kind === 'found' ? [result.learner] : []));
}

/**
 * Notes the learner in the server (see `noteServerLearner`) and ranks them there if they are new
 * to it. A learner whose record the command just `created` is new everywhere: ranked from it,
 * with nothing looked up first.
 */
export async function noteAndRank(
  deps: { readonly store: Store; readonly learners: Learners; readonly clock: Clock },
  guildId: string,
  learnerId: string,
  created?: Learner,
): Promise<void> {
  await noteServerLearner(deps.store, guildId, learnerId);
  if (created !== undefined) return rankCreated(deps.store, guildId, created, deps.clock.now());
  const load = async () => {
    const loaded = await deps.learners.load(learnerId);
    return loaded.kind === 'found' ? loaded.learner : null;
  };
  await rankIfNew(deps.store, guildId, learnerId, load, deps.clock.now());
}

/** Ranks `ids` in the server from their records, a batch at a time. */
async function rankFromRecords(deps: LeaderboardDeps, guildId: string, ids: readonly string[], now: Date) {
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const records = await deps.learners.loadMany(batch);
    for (const [index, id] of batch.entries())
      await rankInServer(deps.store, guildId, id, records[index] ?? null, now);
  }
}

/**
 * Brings the server's ranking up to `now`: built once from its learners if it never was, then
 * every learner whose streak may have changed since they were ranked (a missed day) is ranked
 * again. Each learner is looked at again at most once a day, and only while they have a streak.
 */
async function upToDate(deps: LeaderboardDeps, guildId: string, now: Date): Promise<void> {
  const { store } = deps;
  if ((await store.get(builtKey(guildId))) === undefined) {
    await rankFromRecords(deps, guildId, await serverLearnerIds(store, guildId), now);
    await store.set(builtKey(guildId), true);
  }
  for (;;) {
    const due = await store.rankUpTo(rankingRecheckKey(guildId), now.getTime(), BATCH);
    if (due.length === 0) return;
    await rankFromRecords(
      deps,
      guildId,
      due.map((entry) => entry.member),
      now,
    );
  }
}

/** The leaderboard of the actor's server as they see it; opted-out learners are never on it. */
export async function leaderboardOf(deps: LeaderboardDeps, actor: ActorRef): Promise<LeaderboardOutcome> {
  const serverId = actor.serverId ?? null;
  if (serverId === null) return { kind: 'not-in-server' };
  const { store } = deps;
  const { now } = await deps.session.enter(actor);
  await upToDate(deps, serverId, now);
  const key = rankingKey(serverId);
  const top = await store.rankTop(key, LEADERBOARD_SIZE);
  const [records, total, askerScore] = await Promise.all([
    deps.learners.loadMany([...top.map((entry) => entry.member), actor.id]),
    store.rankCount(key),
    store.rankScore(key, actor.id),
  ]);
  const names = new Map(records.flatMap((learner) => (learner === null ? [] : [[learner.id, learner]])));
  const lines = rankedLines(
    top.map(({ member, score }) => ({
      learnerId: member,
      name: names.get(member)?.displayName ?? null,
      score,
    })),
  );
  const asker = names.get(actor.id);
  let you: LeaderboardLine | 'opted-out' | 'absent' = 'absent';
  if (asker?.leaderboardOptOut === true) you = 'opted-out';
  else if (askerScore !== undefined && asker !== undefined) {
    const rank = 1 + (await store.rankCount(key, askerScore));
    you = { learnerId: actor.id, name: asker.displayName, ...standingOfScore(askerScore), rank };
  }
  return { kind: 'leaderboard', top: lines, you, total };
}
