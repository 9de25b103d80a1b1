import type { AssessmentMap } from '../core/assessment/assessment-map.js';
import { dayReportOf } from './progress/day-report.js';
import { asJourney, type Journey } from '../core/curriculum/journey.js';
import type { Plan } from '../core/curriculum/plan.js';
import { cohortOn } from '../core/schedule/cohort.js';
import { localDateOf } from '../core/time/local-date.js';
import type { AppCaches } from './caching/caches.js';
import { cachedServers } from './caching/cached-servers.js';
import { cachedServerLearnerNotes, uncachedServerLearnerNotes } from './caching/noted-server-learners.js';
import { createBuddies } from './buddies/buddies.js';
import { forgetBuddies } from './buddies/forget-buddies.js';
import { createCoaching } from './coaching/coaching.js';
import type { QuotaLimits } from './coaching/quota.js';
import { createSavedReviews } from './coaching/saved-reviews.js';
import { dailyPostLedger } from './delivery/daily-post.js';
import type { DeliveryTexts } from './delivery/delivery-texts.js';
import { createDmChannels } from './delivery/dm-channels.js';
import { runSchedulerPass, type SchedulerPassReport } from './delivery/scheduler-pass.js';
import { skipDay, snooze, type SnoozeOutcome } from './delivery/snooze.js';
import { setWeeklyDigest } from './delivery/weekly-digest.js';
import { createWheelPlacement, noWheel } from './delivery/wheel-placement.js';
import type { ActorRef } from './actor.js';
import type { Clock, CoachModel, DaySearch, Logger, Notifier, Store } from './ports.js';
import { createPrivacy } from './privacy/privacy.js';
import { createRecall } from './recall/recall.js';
import { createRecallDecks } from './recall/recall-decks.js';
import { withRecall } from './recall/with-recall.js';
import { cohortOf } from './progress/cohort.js';
import { leaderboardOf, noteAndRank } from './progress/leaderboard.js';
import { createProgressView } from './progress/progress-view.js';
import { createServers } from './servers/servers.js';
import { createLearnerSession } from './storage/learner-session.js';
import { Learners } from './storage/learners.js';
import { ServerRecords } from './storage/server-records.js';
import { noteServerAdmin } from './storage/server-admins.js';
import { createPace } from './study/pace.js';
import { createSharing } from './sharing/sharing.js';
import { withSharing } from './sharing/with-sharing.js';
import { createSettings } from './study/settings.js';
import { createStudy } from './study/study.js';

/** The AI coach as the app uses it: the model, whether it is online, and the daily quotas. */
export interface CoachWiring {
  readonly model: CoachModel;
  /** False for the offline coach (no API key): then nothing is metered or sent. */
  readonly online: boolean;
  readonly limits: QuotaLimits;
}

/** How the scheduler reaches servers and learners. A front end without one (the console) passes none. */
export interface DeliveryWiring {
  readonly notifier: Notifier;
  /** How late a missed post or DM may still go out (POST_GRACE_HOURS). */
  readonly graceMs: number;
  /** The words of what is sent as plain text (the text presenters). */
  readonly texts: DeliveryTexts;
  /** Turns run at once in a scheduler pass; default 64. */
  readonly concurrency?: number;
}

/** Everything the app is built from; each composition root supplies its own. */
export interface AppDeps {
  /** One plan (a journey of one cycle), or a journey of cycles. */
  readonly plan: Plan | Journey;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Zone of a learner seen for the first time when their server has no cohort. */
  readonly defaultTimezone: string;
  /** A single plan's assessment data; a journey carries each cycle's own. */
  readonly assessmentMap?: AssessmentMap | null;
  readonly coach: CoachWiring;
  /** The scheduler's way out; none: nothing is placed in the wheel and no DM is opened. */
  readonly delivery?: DeliveryWiring;
  /** The per-process caches (`createCaches`); none: every read goes to the store. */
  readonly caches?: AppCaches;
  /** Distinct recall cards a learner reviews per day at most (RECALL_DAILY_CAP); default 5. */
  readonly recallDailyCap?: number;
  /** The plan's day search, built once with the plan; none: /ask looks in the learner's day alone. */
  readonly search?: DaySearch;
}

/** The one app every front end (console, Discord) drives: the same rules over the same store. */
export function createApp(deps: AppDeps) {
  const { store, clock, logger, defaultTimezone, coach, delivery, caches } = deps;
  const plan = asJourney(deps.plan, deps.assessmentMap ?? null);
  const graceMs = delivery?.graceMs ?? 0;
  const learners = new Learners(store, clock, logger);
  const serverRecords = new ServerRecords(store, logger);
  const reviews = createSavedReviews({ store, clock, logger });
  const wheel = delivery === undefined ? noWheel : createWheelPlacement({ store, plan, graceMs });
  const dms = delivery === undefined ? null : createDmChannels({ store, notifier: delivery.notifier });

  const plainServers = createServers({
    plan,
    records: serverRecords,
    clock,
    wheel,
    graceMs,
    posts: dailyPostLedger(store),
    noteAdmin: (guildId, learnerId) => noteServerAdmin(store, guildId, learnerId),
    // Read when /coach status asks, after `coaching` below is built.
    usageReport: coach.online ? (guildId) => coaching.usageReport(guildId) : null,
  });
  const servers = caches === undefined ? plainServers : cachedServers(plainServers, caches.serverSettings);
  const notes =
    caches === undefined
      ? uncachedServerLearnerNotes((guildId, learnerId, created) =>
          noteAndRank({ store, learners, clock }, guildId, learnerId, created),
        )
      : cachedServerLearnerNotes(
          (guildId, learnerId, created) =>
            noteAndRank({ store, learners, clock }, guildId, learnerId, created),
          caches.serverLearnerNotes,
        );
  const session = createLearnerSession({
    learners,
    clock,
    defaultTimezone,
    cohortOf: async (serverId, now) => cohortOn(plan, await servers.settingsOf(serverId, now), now),
    noteServerLearner: (serverId, learnerId, created) =>
      notes.note(serverId, learnerId, clock.now(), created),
    logger,
  });

  const recall = createRecall({
    plan,
    session,
    decks: createRecallDecks({ store, clock, logger, plan }),
    logger,
    dailyCap: deps.recallDailyCap ?? 5,
  });
  const study = withRecall(createStudy({ plan, session, defaultTimezone }), recall, clock);
  const progressView = createProgressView({ journey: plan, session, reviews });
  const coaching = createCoaching({
    plan,
    study,
    model: coach.model,
    online: coach.online,
    reviews,
    store,
    clock,
    logger,
    limits: coach.limits,
    ...(deps.search === undefined ? {} : { search: deps.search }),
  });

  const sharing = createSharing({ store, notifier: delivery?.notifier ?? null, logger });

  return {
    plan,
    study,
    pace: createPace({ plan, session }),
    settings: createSettings({
      plan,
      defaultTimezone,
      session,
      learners,
      wheel,
      openDm: async (learnerId) => (dms === null ? { kind: 'no-dms' } : dms.open(learnerId)),
    }),
    progress: {
      ...progressView,
      leaderboard: (actor: ActorRef) => leaderboardOf({ store, learners, session }, actor),
      /** `/coach cohort`: for admins, checked by the front end. */
      cohort: (guildId: string) => cohortOf({ plan, store, learners, clock }, guildId),
      /** `/coach report`: each posted day's poll answers beside its completion rate; for admins. */
      dayReport: (guildId: string) =>
        dayReportOf(
          { plan, store, servers: serverRecords, learners, clock, notifier: delivery?.notifier ?? null },
          guildId,
        ),
    },
    coaching: { ...coaching, submitProof: withSharing(coaching.submitProof, sharing) },
    /** Proof shared with the cohort in a day's thread: unshare, the default. */
    sharing,
    recall,
    reviews,
    privacy: createPrivacy({
      store,
      learners,
      clock,
      logger,
      reviews,
      leaveWheel: (learnerId) => wheel.removeLearner(learnerId),
      leaveBuddies: (learnerId) => forgetBuddies(store, learnerId, clock.now()),
      forgotten: (learnerId) => notes.forget(learnerId),
      settled: () => session.settled(),
      unshareAll: (learnerId) => sharing.unshareAll(learnerId),
    }),
    servers,
    /** Study buddies: `/buddy join`, `leave`, `status`; pairing rides the server's turn in the scheduler. */
    buddies: createBuddies({
      store,
      session,
      settingsOf: (guildId, now) => servers.settingsOf(guildId, now),
    }),
    /** The buttons on a DM reminder: one more reminder in 2 hours, or nothing more today. */
    reminders: {
      async snooze(actor: ActorRef, slotDate: string): Promise<SnoozeOutcome> {
        const now = clock.now();
        const loaded = await learners.load(actor.id);
        if (loaded.kind !== 'found' || loaded.learner.reminderTime === null) return { kind: 'reminders-off' };
        if (localDateOf(now, loaded.learner.timezone) !== slotDate) return { kind: 'day-over' };
        const outcome = await snooze(store, actor.id, slotDate, now);
        if (outcome.kind === 'snoozed') await wheel.placeSnooze(actor.id, outcome.at, now);
        return outcome;
      },
      skipToday: (actor: ActorRef, slotDate: string): Promise<void> => skipDay(store, actor.id, slotDate),
      /** `/digest on|off`: the weekly digest DM, sent on Mondays at the learner's reminder time. */
      setDigest: (actor: ActorRef, on: boolean): Promise<void> => setWeeklyDigest(store, actor.id, on),
    },
    /** Resolves once the bookkeeping of commands answered so far is written (graceful shutdown, tests). */
    settled: () => session.settled(),
    /**
     * One scheduler pass now: daily posts, section recaps, DM reminders and streak warnings due.
     * Aborting `signal` (shutdown) starts no new turn and lets the ones under way finish.
     */
    runSchedulerPass: (signal?: AbortSignal): Promise<SchedulerPassReport> => {
      if (delivery === undefined || dms === null) throw new Error('this app was built without delivery');
      return runSchedulerPass(
        {
          store,
          plan,
          servers: serverRecords,
          learners,
          notifier: delivery.notifier,
          dms,
          logger,
          graceMs,
          texts: delivery.texts,
          recallDue: (learner, now) => recall.dueLine(learner, now),
          recalledAt: (learner) => recall.ratedAt(learner),
          ...(delivery.concurrency === undefined ? {} : { concurrency: delivery.concurrency }),
        },
        clock.now(),
        signal,
      );
    },
  };
}

/** The app, as built by `createApp`. */
export type App = ReturnType<typeof createApp>;
