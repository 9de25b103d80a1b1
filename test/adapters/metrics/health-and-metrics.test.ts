import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../../src/adapters/metrics/health-server.js';
import { measuredStore } from '../../../src/adapters/metrics/measured-store.js';
import { createBotMetrics } from '../../../src/adapters/metrics/metrics.js';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Health } from '../../../src/adapters/metrics/health-server.js';

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(health: Health) {
  const metrics = createBotMetrics();
  server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    registry: metrics.registry,
    health: async () => health,
  });
  const get = (path: string) => fetch(`http://127.0.0.1:${server?.port}${path}`);
  return { metrics, get };
}

/** The value of one sample line of the Prometheus text, e.g. `name{label="x"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GIVEN the health and metrics endpoint', () => {
  it('WHEN the gateway and the store are fine THEN GET /healthz is 200 with what it checked', async () => {
    const { get } = await serve({ gateway: true, store: true, scheduler: 'leader' });
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', gateway: true, store: true, scheduler: 'leader' });
  });

  it('WHEN the store does not answer THEN GET /healthz is 503 and says which part is down', async () => {
    const { get } = await serve({ gateway: true, store: false, scheduler: 'follower' });
    const response = await get('/healthz');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unhealthy', store: false, gateway: true });
  });

  it('WHEN a pass sent posts and DMs THEN /metrics counts them by outcome, with the fan-out rate', async () => {
    const { metrics, get } = await serve({ gateway: true, store: true, scheduler: 'leader' });
    metrics.observePass(
      {
        fromMinute: 1,
        toMinute: 1,
        counts: {
          'post:sent': 2,
          'post:refused': 1,
          'remind:sent': 90,
          'remind:failed': 3,
          'warn:sent': 10,
          'nudge:sent': 4,
        },
      },
      2,
    );
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(sample(text, 'study_coach_daily_posts_total{outcome="sent"}')).toBe(2);
    expect(sample(text, 'study_coach_daily_posts_total{outcome="failed"}')).toBe(1);
    expect(sample(text, 'study_coach_dms_total{kind="remind",outcome="sent"}')).toBe(90);
    expect(sample(text, 'study_coach_dms_total{kind="remind",outcome="failed"}')).toBe(3);
    expect(sample(text, 'study_coach_dms_total{kind="nudge",outcome="sent"}')).toBe(4);
    expect(sample(text, 'study_coach_dm_fanout_per_second')).toBe(52);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('WHEN model calls answer or fail THEN calls and tokens are counted by job', async () => {
    const { metrics, get } = await serve({ gateway: true, store: true, scheduler: 'leader' });
    metrics.observeModelCall('ask', 'ok', { input: 100, output: 40, cacheRead: 900, cacheWrite: 0 });
    metrics.observeModelCall('review', 'failed');
    const text = await (await get('/metrics')).text();
    expect(sample(text, 'study_coach_model_calls_total{kind="ask",outcome="ok"}')).toBe(1);
    expect(sample(text, 'study_coach_model_calls_total{kind="review",outcome="failed"}')).toBe(1);
    expect(sample(text, 'study_coach_model_tokens_total{kind="ask",type="cache_read"}')).toBe(900);
  });

  it('WHEN the store is measured THEN each call counts, failures apart, and values pass through', async () => {
    const { metrics, get } = await serve({ gateway: true, store: true, scheduler: 'leader' });
    const store = measuredStore(createMemoryStore(), metrics);
    await store.set('k', { a: 1 });
    expect(await store.get('k')).toEqual({ a: 1 });
    const text = await (await get('/metrics')).text();
    expect(sample(text, 'study_coach_store_call_seconds_count{operation="get",outcome="ok"}')).toBe(1);
    expect(sample(text, 'study_coach_store_call_seconds_count{operation="set",outcome="ok"}')).toBe(1);
  });

  it('WHEN asked for anything else THEN 404, and a POST is refused', async () => {
    const { get } = await serve({ gateway: true, store: true, scheduler: 'leader' });
    expect((await get('/')).status).toBe(404);
    const posted = await fetch(`http://127.0.0.1:${server?.port}/healthz`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });
});
