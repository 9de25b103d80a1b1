import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Logger, Store } from '../../../src/app/ports.js';
import { ServerRecords } from '../../../src/app/storage/server-records.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { loadJourney } from '../../../src/adapters/curriculum/load-journey.js';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import type { Journey } from '../../../src/core/curriculum/journey.js';
import { commandsFor, dayRangeOf } from '../../../src/adapters/discord/commands/index.js';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { CoachWiring } from '../../../src/entry/ai-coach-setup.js';
import { buildDiscordApp, type DiscordApp } from '../../../src/entry/discord.js';
import {
  FIXTURE,
  startFakeDiscord,
  type FakeDiscord,
  type FakeWorld,
  type Json,
} from '../../support/fake-discord/index.js';

/** One log line the bot wrote. */
export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly context: Record<string, unknown> | undefined;
}

/** The fake Discord, the real bot built by the composition root, and what the test controls. */
export interface BotSession {
  readonly fake: FakeDiscord;
  readonly app: DiscordApp;
  readonly store: Store;
  /** The server records in the bot's store, as the app keeps them. */
  readonly records: ServerRecords;
  readonly logs: LogLine[];
  /** Moves the bot's clock. */
  setNow(now: Date): void;
}

/** Options for {@link useBot}. */
export interface BotSessionOptions {
  /** The bot's fixed clock; default 2026-06-01 06:00 UTC (08:00 in Berlin). */
  readonly now?: Date;
  /** Wraps the memory store, e.g. to slow it down or make it fail. */
  readonly store?: (store: Store) => Store;
  readonly deferAfterMs?: number;
  /** The fake's world; default {@link defaultWorld}. */
  readonly world?: () => FakeWorld;
  /** A CURRICULUM_FILE setting (a file, folder or list) loaded as the coach loads it; default: the real plan alone. */
  readonly curriculum?: string;
  /** The AI coach the bot runs with (made per test); the offline coach when omitted. */
  readonly coach?: () => CoachWiring;
}

export const START = new Date('2026-06-01T06:00:00Z');

/**
 * Before each test: a fake Discord, the slash commands deployed to its guild, and the bot
 * built by `buildDiscordApp` over a memory store and a fixed clock, logged in and ready.
 * After each test both are shut down. Read the session's fields inside tests only.
 */
export function useBot(options: BotSessionOptions = {}): BotSession {
  let plan: Plan | Journey | undefined;
  let session: BotSession | undefined;
  beforeAll(async () => {
    if (options.curriculum !== undefined) {
      const journey = await loadJourney(options.curriculum);
      if (journey.kind !== 'ok') throw new Error(`${options.curriculum} does not load`);
      plan = journey.journey;
      return;
    }
    const loaded = await loadPlanFile('curriculum/days-31-60-spark-airflow.md');
    if (loaded.kind !== 'ok') throw new Error('the study plan does not load');
    plan = loaded.plan;
  });
  beforeEach(async () => {
    const fake = await startFakeDiscord(options.world === undefined ? {} : { world: options.world() });
    const logs: LogLine[] = [];
    const log =
      (level: LogLine['level']) =>
      (message: string, context?: Record<string, unknown>): void =>
        void logs.push({ level, message, context });
    const logger: Logger = { info: log('info'), warn: log('warn'), error: log('error') };
    let now = options.now ?? START;
    const memory = createMemoryStore({ now: () => now.getTime() });
    const store = options.store?.(memory) ?? memory;
    await deployCommands(
      { token: fake.token, apiUrl: fake.apiUrl, guildId: FIXTURE.guild },
      commandsFor(dayRangeOf(plan as Plan)),
      logger,
    );
    const app = buildDiscordApp({
      config: { DISCORD_API_URL: fake.apiUrl, POST_GRACE_HOURS: 12, LEARNER_TIMEZONE: undefined },
      plan: plan as Plan | Journey,
      store,
      clock: { now: () => now },
      logger,
      deferAfterMs: options.deferAfterMs ?? 1_000,
      ...(options.coach === undefined ? {} : { coach: options.coach() }),
    });
    await app.bot.start(fake.token);
    const records = new ServerRecords(store, logger);
    session = { fake, app, store, records, logs, setNow: (next) => void (now = next) };
  });
  afterEach(async () => {
    await session?.app.bot.stop(1_000);
    await session?.fake.close();
    session = undefined;
  });
  afterAll(() => {
    plan = undefined;
  });
  return new Proxy({} as BotSession, {
    get(_target, key) {
      if (session === undefined) throw new Error('useBot: only available inside a test');
      return session[key as keyof BotSession];
    },
  });
}

/** An admin's `/coach setup` for #study, as Discord would send it; the reply's message. */
export function adminSetup(
  bot: BotSession,
  schedule: {
    readonly time: string;
    readonly timezone: string;
    readonly start?: string;
    readonly cycle?: number;
  },
): Promise<Json> {
  return bot.fake.interactions
    .slash({
      name: 'coach',
      subcommand: 'setup',
      userId: FIXTURE.admin,
      options: {
        channel: { channel: FIXTURE.studyChannel },
        time: schedule.time,
        timezone: schedule.timezone,
        start: schedule.start ?? '2026-06-01',
        ...(schedule.cycle === undefined ? {} : { cycle: schedule.cycle }),
      },
    })
    .reply();
}
