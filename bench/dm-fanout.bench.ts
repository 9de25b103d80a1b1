import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPlanFile } from '../src/adapters/curriculum/load-plan.js';
import { startFakeDiscord, type FakeDiscord } from '../test/support/fake-discord/index.js';
import { openBenchApp } from './dm-fanout-app.js';
import type { Benchmark, Figure, Scenario } from './report.js';

// The issue's busiest minute: 100k learners' reminders spread over a day's popular hours.
const LEARNERS = 4_166;
const LIMIT_PER_SECOND = 50;
const LATENCY_MS = 80;
const QUIET_MS = 2_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const userIds = Array.from({ length: LEARNERS }, (_, i) => String(1_400_000_000_000_000_000n + BigInt(i)));

/** One reminder minute: the tick at 09:00, measured from the fake Discord's request log. */
async function remindAll(
  fake: FakeDiscord,
  app: Awaited<ReturnType<typeof openBenchApp>>,
  day: string,
  nth: number,
) {
  await app.tick(new Date(`${day}T08:59:00Z`));
  // A reminder minute follows a quiet minute: let the last run's rate-limit second end on
  // both sides, as it would have, instead of starting inside it.
  await pause(QUIET_MS);
  const before = fake.requests.length;
  const startedAt = Date.now();
  const started = performance.now();
  const report = await app.tick(new Date(`${day}T09:00:00Z`));
  const seconds = (performance.now() - started) / 1000;
  const requests = fake.requests.slice(before);
  const dms = requests.filter((request) => request.route === 'POST /channels/:channel/messages');
  const held = userIds.map((userId) => fake.channelMessages(fake.dmChannelId(userId)).length);
  return {
    report,
    figures: [
      {
        label: 'learners reminded per second',
        value: LEARNERS / seconds,
        unit: '/s',
        limit: { op: '>=', bound: 45 },
      },
      {
        label: '429 answers',
        value: requests.filter((r) => r.status === 429).length,
        unit: '',
        limit: { op: '<=', bound: 0 },
      },
      {
        label: 'duplicate DMs',
        value: held.reduce((sum, n) => sum + Math.max(0, n - nth), 0),
        unit: '',
        limit: { op: '<=', bound: 0 },
      },
      {
        label: 'missed learners',
        value: held.filter((n) => n < nth).length,
        unit: '',
        limit: { op: '<=', bound: 0 },
      },
      {
        label: 'time to first DM',
        value: Math.min(...dms.map((r) => r.time)) - startedAt,
        unit: 'ms',
        limit: { op: '<=', bound: 150 },
      },
      { label: 'requests per learner', value: requests.length / LEARNERS, unit: '' },
      { label: 'whole fan-out', value: seconds, unit: 's' },
    ] satisfies Figure[],
  };
}

export const benchmark: Benchmark = {
  name: 'DM fan-out',
  description: `${LEARNERS} learners reminded in the same minute; fake Discord allows ${LIMIT_PER_SECOND} requests/s and answers ${LATENCY_MS} ms late`,
  async run(): Promise<Scenario[]> {
    const loaded = await loadPlanFile('curriculum/days-31-60-spark-airflow.md');
    if (loaded.kind !== 'ok') throw new Error('the curriculum did not load');
    const fake = await startFakeDiscord({
      latencyMs: LATENCY_MS,
      globalRateLimit: LIMIT_PER_SECOND,
      echoBotMessages: false,
    });
    const dir = await mkdtemp(join(tmpdir(), 'coach-bench-'));
    const storeFile = join(dir, 'coach.sqlite');
    try {
      let app = await openBenchApp(storeFile, fake.apiUrl, fake.token, loaded.plan);
      await app.enrol(userIds, '09:00', '2026-06-01', new Date('2026-06-01T12:00:00Z'));
      const cold = await remindAll(fake, app, '2026-06-02', 1);
      const cached = await remindAll(fake, app, '2026-06-03', 2);
      await app.close();
      app = await openBenchApp(storeFile, fake.apiUrl, fake.token, loaded.plan);
      const restarted = await remindAll(fake, app, '2026-06-04', 3);
      await app.close();
      return [
        { name: 'DM channel ids cached: one request per learner', figures: cached.figures },
        { name: 'after a restart: the cache comes from the store', figures: restarted.figures },
        {
          name: 'first reminder ever: each DM channel opened first (two requests; no rate or first-DM target)',
          // Each first DM waits for its channel to open (one request, 80 ms): no rate or first-DM target.
          figures: cold.figures
            .filter((figure) => figure.label !== 'learners reminded per second')
            .map(({ limit: _limit, ...figure }) =>
              figure.label === 'time to first DM' ? figure : { ...figure, limit: _limit },
            )
            .concat({
              label: 'learners reminded per second',
              value: cold.figures[0]?.value ?? 0,
              unit: '/s',
            }),
        },
      ];
    } finally {
      await fake.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
