import type { Plan } from '../../core/curriculum/plan.js';
import type { AssessmentMap } from '../../core/assessment/assessment-map.js';
import { tickAssessment, type TickedChecklist } from '../../core/assessment/tick-assessment.js';
import type { LocalDate } from '../../core/learner/learner.js';
import { completedDays } from '../../core/learner/progress.js';
import { standingAt, type Standing } from '../../core/learner/standing.js';
import { buildProgressCard } from '../../core/progress/build-card.js';
import type { ProgressCard } from '../../core/progress/card-model.js';
import { postsWritten, writtenPostDays } from '../../core/progress/posts-written.js';
import { paceAgainstCohort, type CohortPace } from '../../core/schedule/cohort-pace.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { ActorRef } from '../actor.js';
import type { SavedReviews } from '../coaching/saved-reviews.js';
import type { LearnerSession } from '../storage/learner-session.js';
import type { StoreTrouble } from '../storage/learners.js';

/** Outcome of `/progress`: where the learner stands, against their cohort, and the card that shows it. */
export type ProgressOutcome =
  | {
      readonly kind: 'progress';
      readonly standing: Standing;
      readonly cohort: CohortPace;
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
export interface ProgressViewDeps {
  readonly plan: Plan;
  readonly session: LearnerSession;
  /** Where reviewed posts are kept. */
  readonly reviews: Pick<SavedReviews, 'list'>;
  /** The plan's assessment data, or null when the plan has none. */
  readonly assessmentMap: AssessmentMap | null;
}

/** The learner's progress card and cycle assessment. */
export function createProgressView(deps: ProgressViewDeps) {
  const { plan, session } = deps;

  return {
    async progress(actor: ActorRef): Promise<ProgressOutcome> {
      const reviews = await deps.reviews.list(actor.id);
      return session.read(actor, (learner, { now, cohort }) => {
        const standing = standingAt(plan, learner, now);
        return {
          kind: 'progress' as const,
          standing,
          cohort: paceAgainstCohort(plan, cohort, standing.current?.day.day ?? null),
          card: buildProgressCard(plan, learner, now, postsWritten(plan, reviews)),
          date: localDateOf(now, learner.timezone),
        };
      });
    },

    async assessment(actor: ActorRef): Promise<AssessmentOutcome> {
      const reviews = await deps.reviews.list(actor.id);
      return session.read(actor, (learner) => ({
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
