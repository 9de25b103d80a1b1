import { hostname } from 'node:os';
import { createDaySearch } from '../adapters/curriculum/day-search.js';
import { createCaches } from '../app/caching/caches.js';
import { createApp, type App, type CoachWiring } from '../app/create-app.js';
import type { Clock, Logger, Store } from '../app/ports.js';
import type { AssessmentMap } from '../core/assessment/assessment-map.js';
import type { Journey } from '../core/curriculum/journey.js';
import type { Plan } from '../core/curriculum/plan.js';
import type { Config } from '../config.js';
import { createDiscordBot, type DiscordBot } from '../adapters/discord/bot.js';
import { createDiscordClient } from '../adapters/discord/client.js';
import { commandsFor, dayRangeOf } from '../adapters/discord/commands/index.js';
import { createDiscordNotifier } from '../adapters/discord/messaging/discord-notifier.js';
import { leaseOwnerOf } from '../adapters/scheduler/lease-owner.js';
import { startScheduler, type Scheduler } from '../adapters/scheduler/start-scheduler.js';
import { loadJourney } from '../adapters/curriculum/load-journey.js';
import { openStoreOrExplain } from './open-store-or-explain.js';
import { deliveryTexts } from '../presenters/text/delivery-texts.js';
import { buddyDmTexts } from '../adapters/discord/render/buddy-text.js';
import { renderPostProblemDm } from '../adapters/discord/render/server-admin-text.js';
import type { HealthServer } from '../adapters/metrics/health-server.js';
import type { BotMetrics } from '../adapters/metrics/metrics.js';
import { offlineCoach, setUpCoachModel } from './ai-coach-setup.js';
import type { Observability } from './observability.js';

const HOUR_MS = 3_600_000;
const SHUTDOWN_MS = 9_000;
const SCHEDULER_GRACE_MS = 7_000;
const MIN_BOT_GRACE_MS = 1_000;

/** What the Discord app is built from; tests pass a memory store and a fixed clock. */
export interface DiscordAppDeps {
  readonly config: Pick<Config, 'DISCORD_API_URL' | 'POST_GRACE_HOURS' | 'LEARNER_TIMEZONE'> &
    Partial<Pick<Config, 'DISCORD_SHARD' | 'RECALL_DAILY_CAP'>>;
  /** One plan, or a journey of cycles (each with its own assessment data). */
  readonly plan: Plan | Journey;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** When a reply is deferred; half of Discord's 3 s leaves room for the deferral itself. */
  readonly deferAfterMs?: number;
  /** A single plan's assessment data (`<plan>.assessment.json`); none when omitted. A journey carries its own. */
  readonly assessmentMap?: AssessmentMap | null;
  /** The AI coach; the offline coach when omitted. */
  readonly coach?: CoachWiring;
  /** Keep the per-process caches (as a running bot does); off when omitted, so tests see every write at once. */
  readonly caching?: boolean;
  /** Counts interactions for GET /metrics (`METRICS_PORT`). */
  readonly metrics?: BotMetrics;
}

/** The bot with the app it fronts. */
export interface DiscordApp {
  readonly bot: DiscordBot;
  readonly app: App;
}

/**
 * Wires the Discord adapters to the app: the client first, its REST client carries the
 * notifier (one rate limiter for commands and the scheduler), the app is built with it, and
 * the bot routes every interaction into the app.
 */
export function buildDiscordApp(deps: DiscordAppDeps): DiscordApp {
  const { config, plan, store, clock, logger } = deps;
  const coach = deps.coach ?? offlineCoach();
  const client = createDiscordClient(config.DISCORD_API_URL, config.DISCORD_SHARD);
  const app = createApp({
    plan,
    store,
    clock,
    logger,
    // Discord users come from everywhere: a learner's zone starts as their cohort's, else UTC, never the host's.
    defaultTimezone: config.LEARNER_TIMEZONE ?? 'UTC',
    assessmentMap: deps.assessmentMap ?? null,
    coach,
    ...(config.RECALL_DAILY_CAP === undefined ? {} : { recallDailyCap: config.RECALL_DAILY_CAP }),
    // Built once per plan, here with it: the index never changes while the plan is loaded.
    search: createDaySearch(plan),
    delivery: {
      notifier: createDiscordNotifier(client.rest, { includeAsk: coach.online }),
      graceMs: config.POST_GRACE_HOURS * HOUR_MS,
      texts: { ...deliveryTexts, postProblem: renderPostProblemDm, ...buddyDmTexts },
    },
    ...(deps.caching === true ? { caches: createCaches() } : {}),
  });
  const bot = createDiscordBot({
    client,
    commands: commandsFor(dayRangeOf(plan)),
    context: { app, logger, deferAfterMs: deps.deferAfterMs ?? 1_500 },
    ...(deps.metrics === undefined ? {} : { metrics: deps.metrics }),
  });
  return { bot, app };
}

/** Composition root of the Discord bot: runs until SIGINT or SIGTERM, then shuts down cleanly. */
export async function runDiscord(config: Config, logger: Logger): Promise<number> {
  const token = config.DISCORD_TOKEN;
  if (token === undefined) throw new Error('runDiscord needs DISCORD_TOKEN');
  const loaded = await loadJourney(config.CURRICULUM_FILE);
  if (loaded.kind !== 'ok') {
    const problems = loaded.kind === 'invalid' ? loaded.problems : [loaded.message];
    logger.error("the study plan can't be used", { problems });
    return 1;
  }
  const coach = await setUpCoachModel(config);
  if (coach.kind === 'invalid') {
    logger.error(coach.message);
    return 1;
  }
  const clock: Clock = { now: () => new Date() };
  const opened = await openStoreOrExplain(config, logger);
  if (opened === null) return 1;
  // prom-client loads only when metrics are asked for: about 1.7 MB of heap every other bot never uses.
  const observability: Observability | null =
    config.METRICS_PORT === undefined
      ? null
      : (await import('./observability.js')).setUpObservability(config, opened, coach);
  const store = observability?.store ?? opened;
  const { app, bot } = buildDiscordApp({
    config,
    plan: loaded.journey,
    store,
    clock,
    logger,
    coach: observability?.coach ?? coach,
    caching: true,
    ...(observability === null ? {} : { metrics: observability.metrics }),
  });
  const shutdown = new AbortController();
  const stopped = new Promise<string>((resolve) => {
    const stop = (signal: string) => () => {
      shutdown.abort();
      resolve(signal);
    };
    process.once('SIGINT', stop('SIGINT'));
    process.once('SIGTERM', stop('SIGTERM'));
  });
  let scheduler: Scheduler | null = null;
  let health: HealthServer | null = null;
  try {
    health =
      (await observability?.start(
        { connected: () => bot.connected(), schedulerRole: () => scheduler?.role() ?? 'not-started' },
        logger,
      )) ?? null;
    await bot.start(token);
    // Only once ready: the catch-up pass sends at once, through the logged-in client.
    const pass = (signal: AbortSignal) => app.runSchedulerPass(signal);
    scheduler = await startScheduler({
      store,
      logger,
      // Stable across restarts: a restarted process takes its own lease back at once.
      owner: leaseOwnerOf(hostname(), config.DISCORD_SHARD),
      tick: observability?.measuredTick(pass) ?? pass,
      shutdown: shutdown.signal,
    });
    const signal = await stopped;
    logger.info('shutting down', { signal });
    return 0;
  } catch (error) {
    logger.error('the Discord bot stopped', { error });
    return 1;
  } finally {
    // Within Docker's 10 s: the scheduler starts no new turn and lets the lease go once the sends
    // under way end (the REST client needs the client until then); commands still being answered
    // get what is left, then the gateway closes, the bookkeeping is written and the store closes.
    const stopping = Date.now();
    await scheduler?.stop(SCHEDULER_GRACE_MS);
    await bot.stop(Math.max(MIN_BOT_GRACE_MS, SHUTDOWN_MS - (Date.now() - stopping)));
    await app.settled();
    await health?.close();
    await store.close();
  }
}
