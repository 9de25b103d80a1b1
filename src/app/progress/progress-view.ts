import { cycleOfDay, type Journey } from '../../core/curriculum/journey.js';
import { placeOfDay } from '../../core/curriculum/plan-lookup.js';
import { tickAssessment, type TickedChecklist } from '../../core/assessment/tick-assessment.js';
import type { LocalDate } from '../../core/learner/learner.js';
import { completedDays, currentDay } from '../../core/learner/progress.js';
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

/** Which cycle an assessment is of: 1-based `number` of `count`, its title and days. */
export interface CycleOfAssessment {
  readonly number: number;
  readonly count: number;
  readonly title: string;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** Outcome of `/assessment`: one cycle's checklists ticked from the learner's work. */
export type AssessmentOutcome =
  | {
      readonly kind: 'assessment';
      readonly cycle: CycleOfAssessment;
      readonly checklists: readonly TickedChecklist[];
      /** False when the cycle has no assessment data: nothing can be ticked. */
      readonly mapped: boolean;
      /** The plan's section of the learner's current day (the last day once all are done), for its colour. */
      readonly sectionIndex: number;
    }
  /** Asked for a cycle the journey does not have. */
  | { readonly kind: 'no-such-cycle'; readonly asked: number; readonly count: number }
  | StoreTrouble;

/** What `/progress` and `/assessment` read. */
export interface ProgressViewDeps {
  /** The journey; each cycle carries its own assessment data. */
  readonly journey: Journey;
  readonly session: LearnerSession;
  /** Where reviewed posts are kept. */
  readonly reviews: Pick<SavedReviews, 'list'>;
}

/** The learner's progress card and cycle assessment. */
export function createProgressView(deps: ProgressViewDeps) {
  const { journey: plan, session } = deps;

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

    /** The checklists of cycle `cycleNumber` (1-based), by default the cycle of the learner's current day. */
    async assessment(actor: ActorRef, cycleNumber?: number): Promise<AssessmentOutcome> {
      const count = plan.cycles.length;
      if (cycleNumber !== undefined && (cycleNumber < 1 || cycleNumber > count))
        return { kind: 'no-such-cycle', asked: cycleNumber, count };
      const reviews = await deps.reviews.list(actor.id);
      return session.read(actor, (learner): AssessmentOutcome => {
        const day = currentDay(plan, learner) ?? plan.days[plan.days.length - 1]?.day ?? 0;
        const index =
          cycleNumber === undefined ? (cycleOfDay(plan, day)?.index ?? count - 1) : cycleNumber - 1;
        const cycle = plan.cycles[index] ?? plan.cycles[0];
        if (cycle === undefined) throw new Error('a journey has at least one cycle');
        const { title } = cycle.plan;
        return {
          kind: 'assessment',
          cycle: { number: index + 1, count, title, firstDay: cycle.firstDay, lastDay: cycle.lastDay },
          checklists: tickAssessment(cycle.plan, cycle.assessmentMap, {
            doneDays: completedDays(learner),
            writtenPosts: writtenPostDays(plan, reviews),
          }),
          mapped: cycle.assessmentMap !== null,
          sectionIndex: Math.max(0, placeOfDay(plan, day)?.sectionIndex ?? 0),
        };
      });
    },
  };
}

/** The progress views, as built by `createProgressView`. */
export type ProgressView = ReturnType<typeof createProgressView>;
