import type { Learner } from '../../core/learner/learner.js';
import { newLearner } from '../../core/learner/new-learner.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { LearnerRef, Learners } from './learners.js';
import type { Clock } from '../ports.js';
import type { StoreTrouble } from '../study/study.js';

/** What a locked learner action needs. */
export interface LearnerSessionDeps {
  readonly learners: Learners;
  readonly clock: Clock;
  /** Zone given to a learner seen for the first time (they can change it). */
  readonly defaultTimezone: string;
}

/** A learner seen for the first time: their calendar starts today, or on their cohort's date. */
export function freshLearner(who: LearnerRef, now: Date, defaultTimezone: string): Learner {
  const timezone = who.joinHint?.timezone ?? defaultTimezone;
  const startDate = who.joinHint?.startDate ?? localDateOf(now, timezone);
  return newLearner({ id: who.id, displayName: who.displayName, timezone, startDate });
}

/**
 * Runs `act` on the learner under their lease, as study.ts does: a learner seen for the first
 * time is created and saved; otherwise only what `act` returns as `learner` is saved.
 */
export function learnerSession(deps: LearnerSessionDeps) {
  return async <O>(
    who: LearnerRef,
    act: (learner: Learner, now: Date) => { learner?: Learner; outcome: O },
  ): Promise<O | StoreTrouble> => {
    const now = deps.clock.now();
    const result = await deps.learners.update(who.id, (stored) => {
      const learner = stored ?? freshLearner(who, now, deps.defaultTimezone);
      const acted = act(learner, now);
      return { learner: acted.learner ?? (stored === null ? learner : undefined), outcome: acted.outcome };
    });
    return result.kind === 'ok' ? result.outcome : result;
  };
}

/**
 * A pure read: a known learner is read without the lease (its claim and release are two
 * writes); only a learner seen for the first time goes through the lease to be created.
 */
export function learnerReader(deps: LearnerSessionDeps) {
  const withLearner = learnerSession(deps);
  return async <O>(who: LearnerRef, see: (learner: Learner, now: Date) => O): Promise<O | StoreTrouble> => {
    const now = deps.clock.now();
    const loaded = await deps.learners.load(who.id);
    if (loaded.kind === 'found') return see(loaded.learner, now);
    if (loaded.kind === 'set-aside') return loaded;
    return withLearner(who, (learner, at) => ({ outcome: see(learner, at) }));
  };
}
