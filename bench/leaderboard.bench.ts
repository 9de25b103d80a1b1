import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMemoryStore } from '../src/adapters/store/memory-store.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { loadServerLearners } from '../src/app/progress/leaderboard.js';
import type { Logger, Store } from '../src/app/ports.js';
import { Learners } from '../src/app/storage/learners.js';
import { noteServerLearner } from '../src/app/storage/server-learners.js';
import { buildLeaderboard } from '../src/core/progress/leaderboard.js';
import { newLearner } from '../src/core/learner/new-learner.js';
import { realPlan } from '../test/support/real-plan.js';
import { appUnderTest } from '../test/support/app-under-test.js';
import type { Benchmark, Figure, Scenario } from './report.js';

const GUILD = 'bench-guild';
const MB = 2 ** 20;
const NOW = new Date('2026-06-10T12:00:00Z');
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Runs `work` and reports its time and the heap it grew by at its peak (sampled every ms, and at the end). */
async function measure(work: () => Promise<unknown>): Promise<{ ms: number; heapMb: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, heapMb: (peak - base) / MB };
}

/** `count` learners in one server, every tenth with a few days done, ranked as the bot ranks them. */
async function seed(store: Store, count: number): Promise<void> {
  const learners = new Learners(store, { now: () => NOW }, quiet);
  const batch: Promise<void>[] = [];
  for (let n = 0; n < count; n++) {
    const id = `discord:${1_600_000_000_000_000_000n + BigInt(n)}`;
    const base = newLearner({ id, displayName: `learner-${n}`, timezone: 'UTC', startDate: '2026-06-01' });
    const days = n % 10 === 0 ? (n % 7) + 1 : 0;
    const completions = Array.from({ length: days }, (_, i) => ({
      day: 31 + i,
      at: new Date(NOW.getTime() - (days - 1 - i) * 86_400_000).toISOString(),
      localDate: new Date(NOW.getTime() - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
      proof: { text: 'did it', links: [] },
      assessment: null,
    }));
    batch.push(
      (async () => {
        await noteServerLearner(store, GUILD, id);
        await learners.save({ ...base, completions });
      })(),
    );
    if (batch.length === 200) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

async function scenario(name: string, store: Store, count: number): Promise<Scenario> {
  await seed(store, count);
  const logger = quiet;
  const app = appUnderTest({ plan: realPlan(), store, clock: { now: () => NOW }, logger });
  const learners = new Learners(store, { now: () => NOW }, logger);
  const asker = { id: 'discord:1600000000000000005', displayName: 'learner-5', serverId: GUILD };
  const whole = await measure(async () =>
    buildLeaderboard(await loadServerLearners({ store, learners }, GUILD), asker.id, NOW),
  );
  const first = await measure(() => app.progress.leaderboard(asker));
  const ranked = await measure(() => app.progress.leaderboard(asker));
  const figures: Figure[] = [
    { label: 'before: whole server read, time', value: whole.ms, unit: 'ms' },
    { label: 'before: whole server read, heap grown', value: whole.heapMb, unit: 'MiB' },
    { label: 'first board of a server from before rankings (ranks it once)', value: first.ms, unit: 'ms' },
    { label: 'after: from the ranking, time', value: ranked.ms, unit: 'ms', limit: { op: '<=', bound: 300 } },
    {
      label: 'after: from the ranking, heap grown',
      value: ranked.heapMb,
      unit: 'MiB',
      limit: { op: '<=', bound: 20 },
    },
  ];
  return { name, figures };
}

export const benchmark: Benchmark = {
  name: '/leaderboard',
  description:
    "One server of 10k (and 100k) learners, every tenth with a streak. Time and heap growth (peak over a GC'd start)\n" +
    '  of one /leaderboard: reading the whole server (how it was) against the ranking (how it is).',
  async run(): Promise<Scenario[]> {
    const dir = await mkdtemp(join(tmpdir(), 'coach-bench-board-'));
    try {
      const logger = quiet;
      const sqlite = await openStore(`sqlite://${join(dir, 'coach.sqlite')}`, { namespace: 'bench', logger });
      const scenarios = [
        await scenario('10,000 learners, memory://', createMemoryStore({ now: () => NOW.getTime() }), 10_000),
        await scenario(
          '100,000 learners, memory://',
          createMemoryStore({ now: () => NOW.getTime() }),
          100_000,
        ),
        await scenario('10,000 learners, SQLite', sqlite, 10_000),
      ];
      await sqlite.close();
      return scenarios;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
