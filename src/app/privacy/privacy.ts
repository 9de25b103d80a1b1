import type { ActorRef } from '../actor.js';
import type { SavedReviews } from '../coaching/saved-reviews.js';
import type { Clock, Logger, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import { exportLearner, type ExportOutcome } from './export.js';
import { FORGET_CONFIRM_WINDOW_MS, forgetLearner, type ForgetOutcome } from './forget-me.js';

/** What export and forget-me need. */
export interface PrivacyDeps {
  readonly store: Store;
  readonly learners: Learners;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly reviews: Pick<SavedReviews, 'list'>;
  /** Takes the learner out of every scheduling wheel. */
  readonly leaveWheel: (learnerId: string) => Promise<void>;
  /** Takes the learner out of study buddies. */
  readonly leaveBuddies?: (learnerId: string) => Promise<void>;
  /** Called once the learner is forgotten, so per-process notes of them go too. */
  readonly forgotten?: (learnerId: string) => void;
  /** Resolves once bookkeeping in flight is written, so none of it lands after the deletion. */
  readonly settled?: () => Promise<void>;
  /** Deletes the learner's shared proof messages, before their registry goes; the number left. */
  readonly unshareAll?: (learnerId: string) => Promise<number>;
}

/** A learner's own data: all of it as an export, or none of it after forget-me. */
export function createPrivacy(deps: PrivacyDeps) {
  return {
    exportData: (actor: ActorRef): Promise<ExportOutcome> => exportLearner(deps, actor.id),

    /** The moment the learner was asked to confirm forget-me; the confirmation must come within 15 minutes. */
    askToForget: (): { readonly askedAt: Date } => ({ askedAt: deps.clock.now() }),

    /**
     * Deletes everything of the learner. `askedAt` is when they were asked (a button under the
     * question); a confirmation older than the window deletes nothing.
     */
    async forget(actor: ActorRef, confirmation: { readonly askedAt?: Date } = {}): Promise<ForgetOutcome> {
      const { askedAt } = confirmation;
      if (
        askedAt !== undefined &&
        deps.clock.now().getTime() - askedAt.getTime() > FORGET_CONFIRM_WINDOW_MS
      ) {
        return { kind: 'expired' };
      }
      await deps.settled?.();
      const sharedLeft = (await deps.unshareAll?.(actor.id)) ?? 0;
      try {
        const forgotten = await forgetLearner(deps, actor.id);
        return forgotten.kind === 'forgotten' && sharedLeft > 0 ? { ...forgotten, sharedLeft } : forgotten;
      } finally {
        deps.forgotten?.(actor.id);
      }
    },
  };
}

/** Export and forget-me, as built by `createPrivacy`. */
export type Privacy = ReturnType<typeof createPrivacy>;
