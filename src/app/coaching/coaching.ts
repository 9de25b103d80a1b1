import type { Plan } from '../../core/curriculum/plan.js';
import type { CoachModel } from '../coach-model.js';
import { createAsk } from './ask.js';
import { createConversations } from './conversations.js';
import { createMeter } from './meter.js';
import { createSubmitProof } from './proof-feedback.js';
import { createQuota, type QuotaLimits } from './quota.js';
import { createReview } from './draft-review.js';
import { createReviews } from './saved-reviews.js';
import { createUsage, type UsageReport } from './usage.js';
import type { Clock, Logger, Store } from '../ports.js';
import type { Study } from '../study/study.js';

/** What the AI coach is built from. `model` is the offline coach when no API key is set. */
export interface CoachingDeps {
  readonly plan: Plan;
  readonly study: Study;
  readonly model: CoachModel;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly limits: QuotaLimits;
  /** False when `model` is the offline coach: then no quota is checked and nothing is called. */
  readonly online?: boolean;
}

/**
 * The AI coach's three jobs (questions, draft reviews, checkpoint feedback) for every front
 * end, each under the learner's daily quota, plus the usage and posts-written read-outs.
 */
export function createCoaching(deps: CoachingDeps) {
  const { plan, study, model, store, clock, logger } = deps;
  const quota = createQuota({ store, clock, limits: deps.limits });
  const usage = createUsage({ store, clock });
  const metered = createMeter({ quota, usage, online: deps.online ?? true });
  const conversations = createConversations({ store, clock, logger });
  const reviews = createReviews({ store, clock, logger });

  return {
    ask: createAsk({ plan, study, model, conversations, metered }),
    review: createReview({ plan, study, model, reviews, metered, clock }),
    submitProof: createSubmitProof({ plan, study, model, metered }),
    /** True when the thread holds a live conversation with the coach (so a message there is a follow-up). */
    isCoachThread: (threadId: string): Promise<boolean> => conversations.exists({ kind: 'thread', threadId }),
    postsWritten: (learnerId: string) => reviews.postsWritten(plan, learnerId),
    reviewsOf: (learnerId: string) => reviews.list(learnerId),
    usageReport: (guildId: string): Promise<UsageReport> => usage.serverReport(guildId),
    learnerUsage: (learnerId: string): Promise<UsageReport> => usage.learnerReport(learnerId),
    remaining: (learnerId: string, admin = false) => quota.remaining({ learnerId, admin }),
  };
}

/** The AI coach, as built by `createCoaching`. */
export type Coaching = ReturnType<typeof createCoaching>;
