import type { Plan } from '../../core/curriculum/plan.js';
import type { ActorRef } from '../actor.js';
import { createRecallFeedback } from '../recall/recall-feedback.js';
import type { Clock, CoachModel, DaySearch, Logger, Store } from '../ports.js';
import { createProofFiles } from '../study/proof-files.js';
import type { Study } from '../study/study.js';
import { createAsk } from './ask.js';
import { createConversations } from './conversations.js';
import { createReview } from './draft-review.js';
import { createMeter } from './meter.js';
import { createSubmitProof } from './proof-feedback.js';
import { callerOf, createQuota, type QuotaLimits } from './quota.js';
import type { SavedReviews } from './saved-reviews.js';
import { createUsage, type UsageReport } from './usage.js';

/** What the AI coach is built from. `model` is the offline coach when no API key is set. */
export interface CoachingDeps {
  readonly plan: Plan;
  readonly study: Study;
  readonly model: CoachModel;
  readonly reviews: SavedReviews;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly limits: QuotaLimits;
  /** False when `model` is the offline coach: then no quota is checked and nothing is called. */
  readonly online: boolean;
  /** The plan's day search, for questions about other days; none: the learner's day alone. */
  readonly search?: DaySearch;
}

/**
 * The AI coach's three jobs (questions, draft reviews, checkpoint feedback) for every front
 * end, each under the learner's daily quota, plus the usage read-outs.
 */
export function createCoaching(deps: CoachingDeps) {
  const { plan, study, model, store, clock, logger, reviews } = deps;
  const quota = createQuota({ store, clock, limits: deps.limits });
  const usage = createUsage({ store, clock });
  const meter = createMeter({ quota, usage, online: deps.online });
  const conversations = createConversations({ store, clock, logger });

  return {
    /** True when answers come from the model; false for the offline coach. */
    online: deps.online,
    ask: createAsk({
      plan,
      study,
      model,
      conversations,
      meter,
      ...(deps.search ? { search: deps.search } : {}),
    }),
    review: createReview({ plan, study, model, reviews, meter, clock }),
    submitProof: createSubmitProof({
      plan,
      study,
      model,
      meter,
      proofFiles: createProofFiles({ store, clock, logger }),
    }),
    /** Feedback on a typed recall answer against the day's material (`/recall`). */
    recallFeedback: createRecallFeedback({ plan, model, meter }),
    /** True when the thread holds a live conversation with the coach (so a message there is a follow-up). */
    isCoachThread: (threadId: string): Promise<boolean> => conversations.exists({ kind: 'thread', threadId }),
    usageReport: (guildId: string): Promise<UsageReport> => usage.serverReport(guildId),
    learnerUsage: (learnerId: string): Promise<UsageReport> => usage.learnerReport(learnerId),
    remaining: (actor: ActorRef) => quota.remaining(callerOf(actor)),
  };
}

/** The AI coach, as built by `createCoaching`. */
export type Coaching = ReturnType<typeof createCoaching>;
