import { afterEach, describe, expect, it } from 'vitest';
import { deployCommands } from '../../../src/adapters/discord/deploy.js';
import { commandsFor, dayRangeOf } from '../../../src/adapters/discord/commands/index.js';
import type { HealthServer } from '../../../src/adapters/metrics/health-server.js';
import { startScheduler, type Scheduler } from '../../../src/adapters/scheduler/start-scheduler.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Logger } from '../../../src/app/ports.js';
import { offlineCoach } from '../../../src/entry/ai-coach-setup.js';
import { buildDiscordApp, type DiscordApp } from '../../../src/entry/discord.js';
import { setUpObservability } from '../../../src/entry/observability.js';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { realPlan } from '../../support/real-plan.js';

const quiet: Logger = { info() {}, warn() {}, error() {} };
const START = new Date('2026-06-01T06:00:00Z');
/** The bot's clock; each test starts at START. */
let now = START;

let fake: FakeDiscord | undefined;
let bot: DiscordApp | undefined;
let health: HealthServer | undefined;
let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  await bot?.bot.stop(1_000);
  await health?.close();
  await fake?.close();
});

/** The bot as `npm start` wires it with METRICS_PORT set, against the fake Discord. */
async function botWithMetrics() {
  now = START;
  fake = await startFakeDiscord();
  await deployCommands(
    { token: fake.token, apiUrl: fake.apiUrl, guildId: FIXTURE.guild },
    commandsFor(dayRangeOf(realPlan())),
    quiet,
  );
  const observability = setUpObservability(
    { METRICS_PORT: 0, METRICS_HOST: '127.0.0.1' },
    createMemoryStore({ now: () => now.getTime() }),
    offlineCoach(),
  );
  if (observability === null) throw new Error('a port was given');
  bot = buildDiscordApp({
    config: { DISCORD_API_URL: fake.apiUrl, POST_GRACE_HOURS: 12, LEARNER_TIMEZONE: undefined },
    plan: realPlan(),
    store: observability.store,
    clock: { now: () => now },
    logger: quiet,
    coach: observability.coach,
    metrics: observability.metrics,
  });
  const running = bot;
  health = await observability.start(
    { connected: () => running.bot.connected(), schedulerRole: () => scheduler?.role() ?? 'not-started' },
    quiet,
  );
  const get = (path: string) => fetch(`http://127.0.0.1:${health?.port}${path}`);
  return { observability, running, get };
}

describe('GIVEN the bot with METRICS_PORT set, over HTTP', () => {
  it('WHEN it is connected and a learner uses /today twice THEN /healthz is ok and /metrics counts both answers and the store calls', async () => {
    const { running, get } = await botWithMetrics();
    expect((await get('/healthz')).status).toBe(503);
    await running.bot.start(fake?.token ?? '');
    expect(await (await get('/healthz')).json()).toEqual({
      status: 'ok',
      gateway: true,
      store: true,
      scheduler: 'not-started',
    });
    for (let i = 0; i < 2; i++)
      await fake?.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    await expect
      .poll(
        async () =>
          (await (await get('/metrics')).text()).match(
            /interaction_seconds_count\{kind="today",outcome="answered"\} (\d+)/,
          )?.[1],
      )
      .toBe('2');
    const text = await (await get('/metrics')).text();
    expect(text).toMatch(/study_coach_store_call_seconds_count\{operation="get",outcome="ok"\} [1-9]/);
  });

  it('WHEN the scheduler leads and posts the day THEN the lease gauge is 1 and the post is counted', async () => {
    const { observability, running, get } = await botWithMetrics();
    await running.bot.start(fake?.token ?? '');
    await fake?.interactions
      .slash({
        name: 'coach',
        subcommand: 'setup',
        userId: FIXTURE.admin,
        options: {
          channel: { channel: FIXTURE.studyChannel },
          time: '07:30',
          timezone: 'Europe/Berlin',
          start: '2026-06-01',
        },
      })
      .reply();
    scheduler = await startScheduler({
      store: observability.store,
      logger: quiet,
      owner: 'metrics-test',
      tick: observability.measuredTick(() => running.app.runSchedulerPass()),
    });
    // Setup placed the server in the coming minute: the pass then posts the day.
    now = new Date(START.getTime() + 60_000);
    expect(await scheduler.runOnce()).toMatchObject({ kind: 'ran' });
    const text = await (await get('/metrics')).text();
    expect(text).toContain('study_coach_scheduler_leader 1');
    expect(text).toContain('study_coach_daily_posts_total{outcome="sent"} 1');
    expect(await (await get('/healthz')).json()).toMatchObject({ scheduler: 'leader' });
  });
});
