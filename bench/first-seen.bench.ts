import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadPlanFile } from '../src/adapters/curriculum/load-plan.js';
import { startTarget, type Target } from './commands-under-load.bench.js';
import { figuresOf, ratiosToBare, type Measured } from './commands-under-load-figures.js';
import { buildBenchBot } from './commands-under-load-process.js';
import { burst } from './commands-under-load-rounds.js';
import { seedStore, writeBareReply } from './commands-under-load-setup.js';
import type { Benchmark, Scenario } from './report.js';

const LEARNERS = 50;
const WARM_UPS = 2;
// 2,000 learners seen for the first time per bot; each round's 50 are new to the coach.
const ROUNDS = 40;
const SEEDED_LEARNERS = 1_000;
const PAUSE_BETWEEN_ROUNDS_MS = 50;
const PLAN = 'curriculum/days-31-60-spark-airflow.md';

/** The 50 users of round `round`: none of them has used the coach before. */
const newcomers = (round: number): string[] =>
  Array.from({ length: LEARNERS }, (_, i) =>
    String(1_460_000_000_000_000_000n + BigInt(round * LEARNERS + i)),
  );

/** Rounds of 50 newcomers' /today, the bots taking turns round by round (see commands-under-load). */
async function measureAll(reply: string, storeUrl: string): Promise<Measured[]> {
  const entry = await buildBenchBot();
  const targets: Target[] = [];
  try {
    targets.push(await startTarget(entry, { kind: 'bare', store: '', plan: '', reply }, false));
    targets.push(await startTarget(entry, { kind: 'coach', store: storeUrl, plan: PLAN, reply: '' }, true));
    const runs = targets.map(() => ({ firstRound: [] as number[], measured: [] as number[] }));
    for (let round = 0; round < WARM_UPS + ROUNDS; round += 1) {
      for (const [index, target] of targets.entries()) {
        await sleep(PAUSE_BETWEEN_ROUNDS_MS);
        const latencies = await burst(target.fake, newcomers(round));
        const run = runs[index];
        if (round === 0) run?.firstRound.push(...latencies);
        if (round >= WARM_UPS) run?.measured.push(...latencies);
      }
    }
    const measured: Measured[] = [];
    for (const [index, target] of targets.entries()) {
      const load = runs[index];
      if (load === undefined) throw new Error('a bot was not measured');
      measured.push({ load, memory: await target.bot.stop() });
    }
    return measured;
  } finally {
    for (const target of targets) await target.bot.stop().catch(() => undefined);
    for (const target of targets) await target.fake.close();
  }
}

export const benchmark: Benchmark = {
  name: 'First-seen learners',
  description: [
    `${LEARNERS} learners never seen before send /today at once, ${WARM_UPS} warm-up rounds then ${ROUNDS} measured`,
    `  rounds of new learners (${LEARNERS * ROUNDS} samples per bot): the coach creates each one's record.`,
    `  The coach runs on SQLite with ${SEEDED_LEARNERS} learners stored, each with a reminder; the bare bot answers from memory.`,
    '  Measured as in "Commands under load": each bot in its own compiled child process, taking turns.',
  ].join('\n'),
  async run(): Promise<Scenario[]> {
    const loaded = await loadPlanFile(PLAN);
    if (loaded.kind !== 'ok') throw new Error(`${PLAN} did not load`);
    const dir = await mkdtemp(join(tmpdir(), 'coach-bench-first-'));
    try {
      const reply = join(dir, 'bare-reply.json');
      await writeBareReply(reply, loaded.plan);
      const storeUrl = `sqlite://${join(dir, 'coach.sqlite')}`;
      await seedStore(storeUrl, SEEDED_LEARNERS, new Date(), { reminders: true });
      const [bare, sqlite] = await measureAll(reply, storeUrl);
      if (bare === undefined || sqlite === undefined) throw new Error('missing run');
      return [
        { name: 'bare discord.js bot, precomputed reply', figures: figuresOf(bare) },
        { name: 'Study Coach, SQLite, every learner new', figures: figuresOf(sqlite) },
        {
          name: 'limits: no worse than 1.5x the bare bot',
          figures: ratiosToBare('SQLite', sqlite, bare, true),
        },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
