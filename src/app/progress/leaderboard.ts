import type { Learner } from '../../core/learner/learner.js';
import { buildLeaderboard, type Leaderboard } from '../../core/progress/leaderboard.js';
import type { Learners } from '../storage/learners.js';
import type { Clock, Store } from '../ports.js';
import { serverLearnerIds } from '../storage/server-learners.js';

/** Outcome of `/leaderboard`: a server's board, or `not-in-server` where there is no server (DMs, console). */
export type LeaderboardOutcome =
  ({ readonly kind: 'leaderboard' } & Leaderboard) | { readonly kind: 'not-in-server' };

/** What the leaderboard reads: the server's learner set and their records, never a scan. */
export interface LeaderboardDeps {
  readonly store: Store;
  readonly learners: Learners;
  readonly clock: Clock;
}

/** The learners seen in a server, loaded; records that cannot be read are left out. */
export async function loadServerLearners(
  deps: Omit<LeaderboardDeps, 'clock'>,
  guildId: string,
): Promise<Learner[]> {
  const ids = await serverLearnerIds(deps.store, guildId);
  const loaded = await Promise.all(ids.map((id) => deps.learners.load(id)));
  return loaded.flatMap((result) => (result.kind === 'found' ? [result.learner] : []));
}

/** The server's leaderboard as `askerId` sees it; opted-out learners are never on it. */
export async function leaderboardOf(
  deps: LeaderboardDeps,
  guildId: string | null,
  askerId: string,
): Promise<LeaderboardOutcome> {
  if (guildId === null) return { kind: 'not-in-server' };
  const learners = await loadServerLearners(deps, guildId);
  return { kind: 'leaderboard', ...buildLeaderboard(learners, askerId, deps.clock.now()) };
}
