import type { Plan } from '../../core/curriculum/plan.js';
import type { AssessmentMap } from '../../core/assessment/assessment-map.js';
import { tickAssessment, type TickedChecklist } from '../../core/assessment/tick-assessment.js';
import type { LocalDate } from '../../core/learner/learner.js';
import { completedDays } from '../../core/learner/progress.js';
import { localDateOf } from '../../core/time/local-date.js';
import { buildProgressCard } from '../../core/progress/build-card.js';
import type { ProgressCard } from '../../core/progress/card-model.js';
import type { LearnerRef } from '../storage/learners.js';
import type { Reviews } from '../coaching/saved-reviews.js';
import { postsWritten, writtenPostDays } from '../../core/progress/posts-written.js';
import { standingAt } from '../../core/learner/standing.js';
import type { Standing, StoreTrouble } from '../study/study.js';
import { learnerReader, type LearnerSessionDeps } from '../storage/learner-session.js';

/** Outcome of `/progress`: where the learner stands and the card that shows it. */
export type ProgressOutcome =
  | {
      readonly kind: 'progress';
      readonly standing: Standing;
      readonly card: ProgressCard;
      readonly date: LocalDate;
    }
  | StoreTrouble;

/** Outcome of `/assessment`: the plan's checklists ticked from the learner's work. */
export type AssessmentOutcome =
  | {
      readonly kind: 'assessment';
      readonly checklists: readonly TickedChecklist[];
      /** False when the plan has no assessment data: nothing can be ticked. */
      readonly mapped: boolean;
    }
  | StoreTrouble;

/** What `/progress` and `/assessment` read. */
export interface ProgressViewDeps extends LearnerSessionDeps {
  readonly plan: Plan;
  /** Where the AI coach keeps reviewed posts. */
  readonly reviews: Pick<Reviews, 'list'>;
  /** The plan's assessment data, or null when the plan has none. */
  readonly assessmentMap: AssessmentMap | null;
}

/** The learner's progress card and cycle assessment. */
export function createProgressView(deps: ProgressViewDeps) {
  const { plan } = deps;
  const readLearner = learnerReader(deps);
  const reviewsOf = (who: LearnerRef) => deps.reviews.list(who.id);

  return {
    async progress(who: LearnerRef): Promise<ProgressOutcome> {
      const reviews = await reviewsOf(who);
      return readLearner(who, (learner, now) => ({
        kind: 'progress' as const,
        standing: standingAt(plan, learner, now),
        card: buildProgressCard(plan, learner, now, postsWritten(plan, reviews)),
        date: localDateOf(now, learner.timezone),
      }));
    },

    async assessment(who: LearnerRef): Promise<AssessmentOutcome> {
      const reviews = await reviewsOf(who);
      return readLearner(who, (learner) => ({
        kind: 'assessment' as const,
        checklists: tickAssessment(plan, deps.assessmentMap, {
          doneDays: completedDays(learner),
          writtenPosts: writtenPostDays(plan, reviews),
        }),
        mapped: deps.assessmentMap !== null,
      }));
    },
  };
}

/** The progress views, as built by `createProgressView`. */
export type ProgressView = ReturnType<typeof createProgressView>;
