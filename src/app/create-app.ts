import type { AssessmentMap } from '../core/assessment/assessment-map.js';
import type { Plan } from '../core/curriculum/plan.js';
import type { CoachModel } from './coach-model.js';
import type { QuotaLimits } from './coaching/quota.js';
import { createCoaching } from './coaching/coaching.js';
import { createLearnerActions, type DmScheduling, type LearnerActionsDeps } from './study/settings.js';
import { Learners } from './storage/learners.js';
import type { Clock, Logger, Store } from './ports.js';
import { createProgressApp } from './progress/progress-features.js';
import { createStudy } from './study/study.js';

/** The AI coach as the app uses it: the model, whether it is online, and the daily quotas. */
export interface CoachWiring {
  readonly model: CoachModel;
  /** False for the offline coach (no API key): then nothing is metered or sent. */
  readonly online: boolean;
  readonly limits: QuotaLimits;
}

/** Where learners are placed for DM reminders and streak warnings. The console has no scheduler. */
export interface LearnerWheel {
  readonly reminders: DmScheduling;
  readonly warnings: DmScheduling;
  /** Takes the learner out of every wheel (forget-me). */
  readonly leaveWheel: (learnerId: string) => Promise<void>;
  readonly openDm: LearnerActionsDeps['openDm'];
}

/** A front end without DMs or a scheduler: nothing to place, nothing to open. */
export const noWheel: LearnerWheel = {
  reminders: { schedule: async () => undefined, unschedule: async () => undefined },
  warnings: { schedule: async () => undefined, unschedule: async () => undefined },
  leaveWheel: async () => undefined,
  openDm: async () => ({ kind: 'no-dms' }),
};

/** Everything the app is built from; each composition root supplies its own. */
export interface AppDeps {
  readonly plan: Plan;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Zone of a learner seen for the first time when nothing better is known. */
  readonly defaultTimezone: string;
  readonly assessmentMap: AssessmentMap | null;
  readonly coach: CoachWiring;
  readonly wheel: LearnerWheel;
}

/** The one app layer every front end (console, Discord) drives: the same rules over the same store. */
export function createApp(deps: AppDeps) {
  const { plan, store, clock, logger, defaultTimezone, coach, wheel } = deps;
  const learners = new Learners(store, clock, logger);
  const study = createStudy({ plan, learners, clock, defaultTimezone });
  const learnerActions = createLearnerActions({
    plan,
    learners,
    clock,
    reminders: wheel.reminders,
    warnings: wheel.warnings,
    openDm: wheel.openDm,
    defaultTimezone,
  });
  const progress = createProgressApp({
    plan,
    store,
    learners,
    clock,
    logger,
    defaultTimezone,
    assessmentMap: deps.assessmentMap,
    leaveWheel: wheel.leaveWheel,
  });
  const coaching = createCoaching({
    plan,
    study,
    model: coach.model,
    online: coach.online,
    store,
    clock,
    logger,
    limits: coach.limits,
  });
  return { learners, study, learnerActions, progress, coaching };
}

/** The app, as built by `createApp`. */
export type App = ReturnType<typeof createApp>;
