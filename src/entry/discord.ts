import { openLearnerDm } from '../app/delivery/dm-channels.js';
import { createApp } from '../app/create-app.js';
import type { LearnerActions } from '../app/study/settings.js';
import type { Coaching } from '../app/coaching/coaching.js';
import type { Clock, Logger, Store } from '../app/ports.js';
import { runDueWork, type DueWorkReport } from '../app/delivery/scheduler-pass.js';
import { createScheduling } from '../app/delivery/wheel-placement.js';
import { ServerRecords } from '../app/storage/server-records.js';
import { createServers, type Servers } from '../app/servers/servers.js';
import type { ProgressApp } from '../app/progress/progress-features.js';
import type { Study } from '../app/study/study.js';
import type { AssessmentMap } from '../core/assessment/assessment-map.js';
import type { Config } from '../config.js';
import type { Plan } from '../core/curriculum/plan.js';
import { createDiscordBot, type DiscordBot } from '../adapters/discord/bot.js';
import { commands } from '../adapters/discord/commands/index.js';
import { createDiscordNotifier } from '../adapters/discord/messaging/discord-notifier.js';
import { discordUserIdOf } from '../adapters/discord/actor.js';
import { startScheduler, type Scheduler } from '../adapters/scheduler/start-scheduler.js';
import { assessmentPathOf, loadAssessmentFile } from '../adapters/curriculum/load-assessment.js';
import { loadPlanFile } from '../adapters/curriculum/load-plan.js';
import { openStore } from '../adapters/store/open-store.js';
import { renderModuleRecap, renderStreakWarning } from '../presenters/text/recap-text.js';
import { offlineCoach, setUpCoachModel, type CoachWiring } from './ai-coach-setup.js';

const HOUR_MS = 3_600_000;

/** What the Discord app is built from; tests pass a memory store and a fixed clock. */
export interface DiscordAppDeps {
  readonly config: Pick<Config, 'DISCORD_API_URL' | 'POST_GRACE_HOURS' | 'LEARNER_TIMEZONE'> &
    Partial<Pick<Config, 'DISCORD_SHARD'>>;
  readonly plan: Plan;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** When a reply is deferred; half of Discord's 3 s leaves room for the deferral itself. */
  readonly deferAfterMs?: number;
  /** The plan's assessment data (`<plan>.assessment.json`); none when omitted. */
  readonly assessmentMap?: AssessmentMap | null;
  /** The AI coach; the offline coach when omitted. */
  readonly coach?: CoachWiring;
}

/** The bot with the app it fronts. */
export interface DiscordApp {
  readonly bot: DiscordBot;
  readonly study: Study;
  readonly servers: Servers;
  readonly serverRecords: ServerRecords;
  readonly learnerActions: LearnerActions;
  readonly progress: ProgressApp;
  readonly coaching: Coaching;
  /** One scheduler pass at `now`: daily posts, section recaps, DM reminders and streak warnings due, sent through the bot's REST client. */
  runDueWork(now: Date): Promise<DueWorkReport>;
}

/** Builds the same app as the console coach (plan, store, study) plus servers, and the bot around it. */
export function buildDiscordApp(deps: DiscordAppDeps): DiscordApp {
  const { config, plan, store, clock, logger } = deps;
  const graceMs = config.POST_GRACE_HOURS * HOUR_MS;
  // Discord users come from everywhere: a learner's zone starts as their cohort's, else UTC, never the host's.
  const defaultTimezone = config.LEARNER_TIMEZONE ?? 'UTC';
  const scheduling = createScheduling({ store, plan, graceMs });
  const serverRecords = new ServerRecords(store, logger);
  const coach = deps.coach ?? offlineCoach();
  const { learners, study, learnerActions, progress, coaching } = createApp({
    plan,
    store,
    clock,
    logger,
    defaultTimezone,
    assessmentMap: deps.assessmentMap ?? null,
    coach,
    wheel: {
      reminders: scheduling.reminders,
      warnings: scheduling.warnings,
      leaveWheel: scheduling.leaveWheel,
      // The notifier rides on the bot's REST client (one rate limiter for commands and the
      // scheduler), built below; /settings only calls this later, from an interaction.
      openDm: (learnerId) => openLearnerDm({ store, notifier, recipientOf: discordUserIdOf }, learnerId),
    },
  });
  const servers = createServers({
    plan,
    records: serverRecords,
    clock,
    scheduling: scheduling.posts,
    graceMs,
  });
  const bot = createDiscordBot({
    apiUrl: config.DISCORD_API_URL,
    ...(config.DISCORD_SHARD === undefined ? {} : { shard: config.DISCORD_SHARD }),
    commands,
    context: {
      study,
      servers,
      learnerActions,
      progress,
      clock,
      logger,
      deferAfterMs: deps.deferAfterMs ?? 1_500,
      coaching,
      askEnabled: coach.online,
    },
  });
  const notifier = createDiscordNotifier(bot.client.rest, { includeAsk: coach.online });
  const dueWork = {
    posts: { store, plan, servers: serverRecords, notifier, logger, graceMs },
    reminders: { learners, graceMs, recipientOf: discordUserIdOf },
    render: { recap: renderModuleRecap, warning: renderStreakWarning },
  };
  const runDue = (now: Date) => runDueWork(dueWork, now);
  return { bot, study, servers, serverRecords, learnerActions, progress, coaching, runDueWork: runDue };
}

/** Composition root of the Discord bot: runs until SIGINT or SIGTERM, then shuts down cleanly. */
export async function runDiscord(config: Config, logger: Logger): Promise<number> {
  const token = config.DISCORD_TOKEN;
  if (token === undefined) throw new Error('runDiscord needs DISCORD_TOKEN');
  const loaded = await loadPlanFile(config.CURRICULUM_FILE);
  if (loaded.kind !== 'ok') {
    const problems = loaded.kind === 'invalid' ? loaded.problems : [loaded.message];
    logger.error("the study plan can't be used", { problems });
    return 1;
  }
  const assessment = await loadAssessmentFile(assessmentPathOf(config.CURRICULUM_FILE), loaded.plan);
  if (assessment.kind === 'invalid') {
    logger.error("the plan's assessment data can't be used", { problems: assessment.problems });
    return 1;
  }
  const coach = await setUpCoachModel(config);
  if (coach.kind === 'invalid') {
    logger.error(coach.message);
    return 1;
  }
  const clock: Clock = { now: () => new Date() };
  const store = await openStore(config.STORE_URL, { namespace: config.STORE_NAMESPACE, logger });
  const assessmentMap = assessment.kind === 'ok' ? assessment.map : null;
  const app = buildDiscordApp({ config, plan: loaded.plan, store, clock, logger, assessmentMap, coach });
  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  let scheduler: Scheduler | null = null;
  try {
    await app.bot.start(token);
    // Only once ready: the catch-up pass sends at once, through the logged-in client.
    scheduler = await startScheduler({ store, clock, logger, tick: app.runDueWork });
    const signal = await stopped;
    logger.info('shutting down', { signal });
    return 0;
  } catch (error) {
    logger.error('the Discord bot stopped', { error });
    return 1;
  } finally {
    await scheduler?.stop();
    await app.bot.stop();
    await store.close();
  }
}
