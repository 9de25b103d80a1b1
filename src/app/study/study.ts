import { dayRange, placeOfDay, type DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { Plan } from '../../core/curriculum/plan.js';
import type { CheckpointAssessment, Learner, Proof } from '../../core/learner/learner.js';
import { completeDay } from '../../core/learner/complete-day.js';
import { newLearner } from '../../core/learner/new-learner.js';
import { setTimezone } from '../../core/learner/settings.js';
import type { Streak } from '../../core/learner/streak.js';
import { localDateOf } from '../../core/time/local-date.js';
import type { LearnerRef, Learners } from '../storage/learners.js';
import type { Clock } from '../ports.js';
import { standingAt } from '../../core/learner/standing.js';

/** The store could not serve this learner right now. */
export type StoreTrouble =
  { readonly kind: 'set-aside'; readonly quarantineKey: string } | { readonly kind: 'busy' };

/** Where a learner stands: their day, pace and streak. */
export interface Standing {
  readonly learner: Learner;
  /** Null when every day is done. */
  readonly current: DayPlace | null;
  readonly daysDone: number;
  readonly totalDays: number;
  readonly behind: number;
  readonly streak: Streak;
}

export type TodayOutcome = ({ readonly kind: 'standing' } & Standing) | StoreTrouble;
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
  | StoreTrouble;
export type TimezoneOutcome =
  | { readonly kind: 'timezone-set'; readonly timezone: string; readonly localDate: string }
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | StoreTrouble;

/** Dependencies of the study actions. */
export interface StudyDeps {
  readonly plan: Plan;
  readonly learners: Learners;
  readonly clock: Clock;
  /** Zone given to a learner seen for the first time (they can change it). */
  readonly defaultTimezone: string;
}

/** The learner-facing study actions shared by every front end. */
export function createStudy(deps: StudyDeps) {
  const { plan, learners, clock } = deps;

  const fresh = (who: LearnerRef, now: Date): Learner => {
    const timezone = who.joinHint?.timezone ?? deps.defaultTimezone;
    return newLearner({
      id: who.id,
      displayName: who.displayName,
      timezone,
      startDate: who.joinHint?.startDate ?? localDateOf(now, timezone),
    });
  };

  const standingOf = (learner: Learner, now: Date): Standing => standingAt(plan, learner, now);

  /** Loads the learner, creating and saving them on first sight so their calendar starts today. */
  const withLearner = async <O>(
    who: LearnerRef,
    act: (learner: Learner, now: Date) => { learner?: Learner; outcome: O },
  ): Promise<O | StoreTrouble> => {
    const now = clock.now();
    const result = await learners.update(who.id, (stored) => {
      const learner = stored ?? fresh(who, now);
      const acted = act(learner, now);
      return { learner: acted.learner ?? (stored === null ? learner : undefined), outcome: acted.outcome };
    });
    return result.kind === 'ok' ? result.outcome : result;
  };

  /**
   * A pure read. A known learner is read without the lease: the claim and release are two
   * writes (two fsyncs on SQLite) that serialised every /today behind each other under load.
   * Only a learner seen for the first time goes through `withLearner` to be created.
   */
  const readLearner = async <O>(
    who: LearnerRef,
    see: (learner: Learner, now: Date) => O,
  ): Promise<O | StoreTrouble> => {
    const now = clock.now();
    const loaded = await learners.load(who.id);
    if (loaded.kind === 'found') return see(loaded.learner, now);
    if (loaded.kind === 'set-aside') return loaded;
    return withLearner(who, (learner, at) => ({ outcome: see(learner, at) }));
  };

  return {
    plan,

    today: (who: LearnerRef): Promise<TodayOutcome> =>
      readLearner(who, (learner, now) => ({ kind: 'standing' as const, ...standingOf(learner, now) })),

    showDay(dayNumber: number): ShowDayOutcome {
      const place = placeOfDay(plan, dayNumber);
      return place === undefined ? { kind: 'no-such-day', ...dayRange(plan) } : { kind: 'day', place };
    },

    done: (
      who: LearnerRef,
      proof: Proof,
      options: { day?: number; assessment?: CheckpointAssessment } = {},
    ): Promise<DoneOutcome> =>
      withLearner(who, (learner, now): { learner?: Learner; outcome: DoneOutcome } => {
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
          outcome: { kind: 'done', day: place, standing: standingOf(result.learner, now) },
        };
      }),

    progress: (who: LearnerRef): Promise<TodayOutcome> =>
      readLearner(who, (learner, now) => ({ kind: 'standing' as const, ...standingOf(learner, now) })),

    setTimezone: (who: LearnerRef, timezone: string): Promise<TimezoneOutcome> =>
      withLearner(who, (learner, now): { learner?: Learner; outcome: TimezoneOutcome } => {
        const result = setTimezone(learner, timezone);
        if (result.kind !== 'timezone-set') return { outcome: { kind: 'unknown-timezone', timezone } };
        return {
          learner: result.learner,
          outcome: { kind: 'timezone-set', timezone, localDate: localDateOf(now, timezone) },
        };
      }),
  };
}

/** The study actions, as built by `createStudy`. */
export type Study = ReturnType<typeof createStudy>;
