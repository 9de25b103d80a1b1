import type { CoachWiring } from '../app/create-app.js';
import type { SchedulerPassReport } from '../app/delivery/scheduler-pass.js';
import type { Logger, Store } from '../app/ports.js';
import type { Config } from '../config.js';
import { startHealthServer, type HealthServer } from '../adapters/metrics/health-server.js';
import { measuredCoach } from '../adapters/metrics/measured-coach.js';
import { measuredStore } from '../adapters/metrics/measured-store.js';
import { createBotMetrics, type BotMetrics } from '../adapters/metrics/metrics.js';

const STORE_PING_MS = 2_000;

/** What the health endpoint looks at in the running bot. */
export interface Observed {
  readonly connected: () => boolean;
  readonly schedulerRole: () => 'leader' | 'follower' | 'not-started';
}

/** Metrics for a bot with `METRICS_PORT` set: the measured store and coach, and the endpoint to start. */
export interface Observability {
  readonly metrics: BotMetrics;
  readonly store: Store;
  readonly coach: CoachWiring;
  /** A scheduler tick whose pass is counted (posts, DMs, fan-out rate). */
  measuredTick<A extends unknown[]>(
    tick: (...args: A) => Promise<SchedulerPassReport>,
  ): (...args: A) => Promise<SchedulerPassReport>;
  start(observed: Observed, logger: Logger): Promise<HealthServer>;
}

/** Wraps the store and the coach with metrics when `METRICS_PORT` is set; null otherwise. */
export function setUpObservability(
  config: Pick<Config, 'METRICS_PORT' | 'METRICS_HOST'>,
  store: Store,
  coach: CoachWiring,
): Observability | null {
  const port = config.METRICS_PORT;
  if (port === undefined) return null;
  const metrics = createBotMetrics();
  const measured = measuredStore(store, metrics);
  return {
    metrics,
    store: measured,
    coach: { ...coach, model: measuredCoach(coach.model, metrics) },
    measuredTick:
      (tick) =>
      async (...args) => {
        const started = performance.now();
        const report = await tick(...args);
        metrics.observePass(report, (performance.now() - started) / 1000);
        return report;
      },
    async start(observed, logger) {
      metrics.watchLeadership(() => observed.schedulerRole() === 'leader');
      const server = await startHealthServer({
        port,
        ...(config.METRICS_HOST === undefined ? {} : { host: config.METRICS_HOST }),
        registry: metrics.registry,
        health: async () => ({
          gateway: observed.connected(),
          store: await reachable(measured),
          scheduler: observed.schedulerRole(),
        }),
      });
      logger.info('health and metrics listening', { port: server.port });
      return server;
    },
  };
}

/** True when the store answers a read within a couple of seconds. */
async function reachable(store: Store): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STORE_PING_MS)));
  try {
    return await Promise.race([store.get('health:ping').then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
