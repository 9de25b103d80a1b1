import { dayRange, placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { CheckpointAssessment, Learner, Proof } from '../../core/learner/learner.js';
import { completeDay } from '../../core/learner/complete-day.js';
import { setTimezone } from '../../core/learner/settings.js';
import { standingAt, type Standing } from '../../core/learner/standing.js';
import { paceAgainstCohort, type CohortPace } from '../../core/schedule/cohort-pace.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { ActorRef } from '../actor.js';
import type { RecallDueLine } from '../recall/outcomes.js';
import type { Acted, LearnerSession } from '../storage/learner-session.js';
import { freshLearner } from '../storage/learner-session.js';
import type { StoreTrouble } from '../storage/learners.js';

/** Where a learner stands, and where against the cohort of the server they asked in. */
export type TodayOutcome =
  | ({
      readonly kind: 'standing';
      readonly cohort: CohortPace;
      /** Recall cards due today (`app/recall`); absent when none. */
      readonly recallDue?: RecallDueLine;
    } & Standing)
  | StoreTrouble;
export type ShowDayOutcome =
  | { readonly kind: 'day'; readonly place: DayPlace }
  | { readonly kind: 'no-such-day'; readonly first: number; readonly last: number };
export type DoneOutcome =
  | { readonly kind: 'done'; readonly day: DayPlace; readonly standing: Standing }
  | { readonly kind: 'already-done'; readonly day: number }
  | { readonly kind: 'not-current'; readonly day: number; readonly current: number }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-such-day'; readonly first: number; readonly last: number }
  | { readonly kind: 'proof-missing' }
  | { readonly kind: 'proof-too-long'; readonly max: number }
  | { readonly kind: 'bad-link'; readonly link: string }
  | { readonly kind: 'same-proof'; readonly day: number; readonly current: number }
  | StoreTrouble;
export type TimezoneOutcome =
  | { readonly kind: 'timezone-set'; readonly timezone: string; readonly localDate: string }
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | StoreTrouble;
/** Whether the learner may mark `day` done now (the proof is asked for next). */
export type ReadyOutcome =
  | { readonly kind: 'ready'; readonly day: number }
  | { readonly kind: 'already-done'; readonly day: number }
  | { readonly kind: 'not-current'; readonly day: number; readonly current: number }
  | { readonly kind: 'finished' }
  | { readonly kind: 'no-such-day'; readonly first: number; readonly last: number }
  | StoreTrouble;

/** Dependencies of the study actions. */
export interface StudyDeps {
  readonly plan: Plan;
  readonly session: LearnerSession;
  /** Zone given to a learner seen for the first time (they can change it). */
  readonly defaultTimezone: string;
}

/** The learner-facing study actions shared by every front end: today, any day, done, timezone. */
export function createStudy(deps: StudyDeps) {
  const { plan, session } = deps;

  return {
    plan,

    today: (actor: ActorRef): Promise<TodayOutcome> =>
      session.read(actor, (learner, { now, cohort }) => {
        const standing = standingAt(plan, learner, now);
        const pace = paceAgainstCohort(plan, cohort, standing.current?.day.day ?? null);
        return { kind: 'standing' as const, cohort: pace, ...standing };
      }),

    showDay(dayNumber: number): ShowDayOutcome {
      const place = placeOfDay(plan, dayNumber);
      return place === undefined ? { kind: 'no-such-day', ...dayRange(plan) } : { kind: 'day', place };
    },

    done: (
      actor: ActorRef,
      proof: Proof,
      options: { day?: number; assessment?: CheckpointAssessment } = {},
    ): Promise<DoneOutcome> =>
      session.act(actor, (learner, { now }): Acted<DoneOutcome> => {
        const result = completeDay(plan, learner, {
          proof,
          now,
          day: options.day,
          assessment: options.assessment,
        });
        if (result.kind !== 'done') return { outcome: result };
        const place = placeOfDay(plan, result.day);
        if (place === undefined) throw new Error(`completed day ${result.day} is not in the plan`);
        return {
          learner: result.learner,
          outcome: { kind: 'done', day: place, standing: standingAt(plan, result.learner, now) },
        };
      }),

    setTimezone: (actor: ActorRef, timezone: string): Promise<TimezoneOutcome> =>
      session.act(actor, (learner, { now }): Acted<TimezoneOutcome> => {
        const result = setTimezone(learner, timezone);
        if (result.kind !== 'timezone-set') return { outcome: { kind: 'unknown-timezone', timezone } };
        return {
          learner: result.learner,
          outcome: { kind: 'timezone-set', timezone, localDate: localDateOf(now, timezone) },
        };
      }),

    /** The same rules as completing the day, checked before asking for proof; changes nothing. */
    async readyToComplete(actor: ActorRef, day: number): Promise<ReadyOutcome> {
      const now = session.now();
      const loaded = await session.load(actor.id);
      if (loaded.kind === 'set-aside') return loaded;
      const learner: Learner =
        loaded.kind === 'found'
          ? loaded.learner
          : freshLearner(actor, { now, cohort: null }, deps.defaultTimezone);
      // A placeholder proof passes the proof checks, so only the day rules can object.
      const preview = completeDay(plan, learner, { proof: { text: 'proof', links: [] }, day, now });
      // The proof is asked for next, so one like the last day's is refused only then.
      if (preview.kind === 'done' || preview.kind === 'same-proof') return { kind: 'ready', day };
      if (
        preview.kind === 'proof-missing' ||
        preview.kind === 'proof-too-long' ||
        preview.kind === 'bad-link'
      ) {
        throw new Error(`placeholder proof rejected: ${preview.kind}`);
      }
      return preview;
    },
  };
}

/** The study actions, as built by `createStudy`. */
export type Study = ReturnType<typeof createStudy>;
