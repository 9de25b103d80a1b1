import type { Learner } from '../../core/learner/learner.js';
import type { TtlCache } from './ttl-cache.js';

const pairKey = (learnerId: string, guildId: string) => `${learnerId}\n${guildId}`;

/** Notes that a learner used the coach in a server, and forgets the notes of one learner. */
export interface ServerLearnerNotes {
  /** `created`: the learner's record, when the command noting them just created it. */
  note(guildId: string, learnerId: string, now: Date, created?: Learner): Promise<void>;
  forget(learnerId: string): void;
}

/**
 * The note that a learner used a server, written once per pair while its entry lives: once
 * written it stands, so one write every few minutes is enough. A crash loses nothing the
 * store does not have.
 *
 * Invalidation: forget-me drops every note of the learner, so their next command in a server
 * notes them again from a clean slate; otherwise an entry simply ages out.
 */
export function cachedServerLearnerNotes(
  note: (guildId: string, learnerId: string, created?: Learner) => Promise<void>,
  kept: TtlCache<void>,
): ServerLearnerNotes {
  return {
    note: (guildId, learnerId, now, created) =>
      kept.get(pairKey(learnerId, guildId), now, () => note(guildId, learnerId, created)),
    forget: (learnerId) => kept.deleteWhere((key) => key.startsWith(pairKey(learnerId, ''))),
  };
}

/** Without a cache: every command writes its note. */
export function uncachedServerLearnerNotes(
  note: (guildId: string, learnerId: string, created?: Learner) => Promise<void>,
): ServerLearnerNotes {
  return {
    note: (guildId, learnerId, _now, created) => note(guildId, learnerId, created),
    forget: () => undefined,
  };
}
