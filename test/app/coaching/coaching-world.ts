import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { CoachModel } from '../../../src/app/ports.js';
import { appUnderTest } from '../../support/app-under-test.js';
import type { ActorRef } from '../../../src/app/actor.js';
import type { ReviewOptions } from '../../../src/app/coaching/draft-review.js';
import type { Logger } from '../../../src/app/ports.js';
import type { Proof } from '../../../src/core/learner/learner.js';
import { realPlan } from '../../support/real-plan.js';
import { readStream } from '../../support/text-stream.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';

/** The real plan: Day 31 asks for a LinkedIn post, Day 32 for none, Day 37 for a blog post. */
export const plan: Plan = realPlan();
export const silent: Logger = { info() {}, warn() {}, error() {} };
export const START = new Date('2026-06-01T09:00:00Z');
export const who = { id: 'console:ada', displayName: 'Ada' };

type Learner = { readonly id: string; readonly displayName: string };
/** Where a learner acts from: a server (and as its admin), a thread. */
type Where = { readonly guildId?: string | null; readonly admin?: boolean; readonly threadId?: string };

/** The app around the coaching layer: the memory store and a clock tests can move. */
export function coachingWorld(model: CoachModel, limits = { daily: 3, adminDaily: 5 }, online = true) {
  let now = START;
  const clock = { now: () => now };
  const store = createMemoryStore({ now: () => now.getTime() });
  const app = appUnderTest({ plan, store, clock, logger: silent, coach: { model, limits, online } });
  const actor = (learner: Learner, where: Where = {}): ActorRef => ({
    ...learner,
    serverId: where.guildId ?? null,
    admin: where.admin === true,
  });
  /** The coaching side as a front end drives it: a learner, and where they asked from. */
  const coaching = {
    ...app.coaching,
    ask: (learner: Learner, question: string, where: Where & { onText?: (d: string) => void } = {}) =>
      readStream(
        app.coaching.ask(
          actor(learner, where),
          question,
          where.threadId === undefined ? {} : { threadId: where.threadId },
        ),
        where.onText,
      ),
    review: (learner: Learner, draft: string, options: ReviewOptions & Where) =>
      app.coaching.review(actor(learner, options), draft, options),
    submitProof: (learner: Learner, proof: Proof, options: { day?: number } & Where = {}) =>
      app.coaching.submitProof(actor(learner, options), proof, options),
    remaining: (learnerId: string, admin = false) =>
      app.coaching.remaining({ id: learnerId, displayName: '', admin }),
    postsWritten: (learnerId: string) => app.reviews.postsWritten(plan, learnerId),
    reviewsOf: (learnerId: string) => app.reviews.list(learnerId),
  };
  return {
    store,
    app,
    study: app.study,
    coaching,
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  };
}
