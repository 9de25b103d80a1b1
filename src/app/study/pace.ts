import { placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { LocalDate } from '../../core/learner/learner.js';
import { pause, resume } from '../../core/learner/pause.js';
import { daysBehind } from '../../core/learner/progress.js';
import { shift } from '../../core/learner/shift.js';
import { standingAt, type Standing } from '../../core/learner/standing.js';
import type { ActorRef } from '../actor.js';
import type { Acted, LearnerSession } from '../storage/learner-session.js';
import type { StoreTrouble } from '../storage/learners.js';

/** Outcome of `/shift`: the learner's calendar now shows their current day today, or why nothing changed. */
export type ShiftOutcome =
  | {
      readonly kind: 'shifted';
      readonly day: DayPlace;
      readonly wasBehind: number;
      readonly standing: Standing;
    }
  | { readonly kind: 'nothing-done' }
  /** `behind` is 0 on pace, negative when ahead. */
  | { readonly kind: 'not-behind'; readonly behind: number }
  | { readonly kind: 'finished' }
  | StoreTrouble;

/** Outcome of `/pause` (a learner's own pause, not the server's). */
export type LearnerPauseOutcome =
  | { readonly kind: 'paused'; readonly since: LocalDate }
  | { readonly kind: 'already-paused'; readonly since: LocalDate }
  | StoreTrouble;

/** Outcome of `/resume`; `pausedDays` counted neither as behind nor against the streak. */
export type LearnerResumeOutcome =
  | { readonly kind: 'resumed'; readonly pausedDays: number; readonly standing: Standing }
  | { readonly kind: 'not-paused' }
  | StoreTrouble;

/** Own pace: shift the personal calendar, pause and resume. Bad requests change nothing. */
export function createPace(deps: { readonly plan: Plan; readonly session: LearnerSession }) {
  const { plan, session } = deps;
  return {
    shift: (actor: ActorRef): Promise<ShiftOutcome> =>
      session.act(actor, (learner, { now }): Acted<ShiftOutcome> => {
        const result = shift(plan, learner, now);
        if (result.kind === 'not-behind') {
          return { outcome: { kind: 'not-behind', behind: daysBehind(plan, learner, now) } };
        }
        if (result.kind !== 'shifted') return { outcome: result };
        const day = placeOfDay(plan, result.day);
        if (day === undefined) throw new Error(`shifted to day ${result.day}, which is not in the plan`);
        const standing = standingAt(plan, result.learner, now);
        return {
          learner: result.learner,
          outcome: { kind: 'shifted', day, wasBehind: result.wasBehind, standing },
        };
      }),

    pause: (actor: ActorRef): Promise<LearnerPauseOutcome> =>
      session.act(actor, (learner, { now }): Acted<LearnerPauseOutcome> => {
        const result = pause(learner, now);
        if (result.kind === 'already-paused') return { outcome: result };
        return { learner: result.learner, outcome: { kind: 'paused', since: result.since } };
      }),

    resume: (actor: ActorRef): Promise<LearnerResumeOutcome> =>
      session.act(actor, (learner, { now }): Acted<LearnerResumeOutcome> => {
        const result = resume(learner, now);
        if (result.kind === 'not-paused') return { outcome: result };
        const standing = standingAt(plan, result.learner, now);
        return {
          learner: result.learner,
          outcome: { kind: 'resumed', pausedDays: result.pausedDays, standing },
        };
      }),
  };
}

/** The pace actions, as built by `createPace`. */
export type Pace = ReturnType<typeof createPace>;
