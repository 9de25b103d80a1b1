import type { Learner } from '../../core/learner/learner.js';
import { buildLeaderboard, type Leaderboard } from '../../core/progress/leaderboard.js';
import type { ActorRef } from '../actor.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { Learners } from '../storage/learners.js';
import type { Store } from '../ports.js';
import { serverLearnerIds } from '../storage/server-learners.js';

/** Outcome of `/leaderboard`: a server's board, or `not-in-server` where there is no server (DMs, console). */
export type LeaderboardOutcome =
  ({ readonly kind: 'leaderboard' } & Leaderboard) | { readonly kind: 'not-in-server' };

/** What the leaderboard reads: the server's learner set and their records, never a scan. */
export interface LeaderboardDeps {
  readonly store: Store;
  readonly learners: Learners;
  readonly session: LearnerSession;
}

/** The learners seen in a server, loaded; records that cannot be read are left out. */
export async function loadServerLearners(
  deps: Pick<LeaderboardDeps, 'store' | 'learners'>,
  guildId: string,
): Promise<Learner[]> {
  const ids = await serverLearnerIds(deps.store, guildId);
  const loaded = await Promise.all(ids.map((id) => deps.learners.load(id)));
  return loaded.flatMap((result) => (result.kind === 'found' ? [result.learner] : []));
}

/** The leaderboard of the actor's server as they see it; opted-out learners are never on it. */
export async function leaderboardOf(deps: LeaderboardDeps, actor: ActorRef): Promise<LeaderboardOutcome> {
  const serverId = actor.serverId ?? null;
  if (serverId === null) return { kind: 'not-in-server' };
  const { now } = await deps.session.enter(actor);
  const learners = await loadServerLearners(deps, serverId);
  return { kind: 'leaderboard', ...buildLeaderboard(learners, actor.id, now) };
}
