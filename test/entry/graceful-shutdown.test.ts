import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../src/adapters/curriculum/load-plan.js';
import { LEADER_LEASE_KEY } from '../../src/adapters/scheduler/leader-lease.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createWheelPlacement } from '../../src/app/delivery/wheel-placement.js';
import { Learners } from '../../src/app/storage/learners.js';
import { newLearner } from '../../src/core/learner/new-learner.js';
import { TestLogger } from '../app/delivery/daily-posts-fixture.js';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord/index.js';
import { cleanEnv, DIST_MAIN } from '../support/run-coach.js';

const PLAN_FILE = 'curriculum/days-31-60-spark-airflow.md';
const NAMESPACE = 'shutdown';
const LEARNERS = 150;
const userIds = Array.from({ length: LEARNERS }, (_, i) => String(1_500_000_000_000_000_000n + BigInt(i)));
const root = join(import.meta.dirname, '..', '..');

let fake: FakeDiscord;
let dir: string;
let storeUrl: string;
const children: { kill: () => void }[] = [];

/** Every learner's reminder fell due a minute ago (real time: the bot runs on the real clock). */
async function seedDueReminders(): Promise<void> {
  const loaded = await loadPlanFile(PLAN_FILE);
  if (loaded.kind !== 'ok') throw new Error('the plan did not load');
  const store = await openStore(storeUrl, { namespace: NAMESPACE, logger: new TestLogger() });
  const clock = { now: () => new Date() };
  const placedAt = new Date(Date.now() - 2 * 60_000);
  const due = new Date(Date.now() - 60_000);
  const learners = new Learners(store, clock, new TestLogger());
  const wheel = createWheelPlacement({ store, plan: loaded.plan, graceMs: 12 * 3_600_000 });
  for (const userId of userIds) {
    const learner = {
      ...newLearner({
        id: `discord:${userId}`,
        displayName: userId,
        timezone: 'UTC',
        startDate: due.toISOString().slice(0, 10),
      }),
      reminderTime: due.toISOString().slice(11, 16),
    };
    await learners.save(learner);
    await wheel.placeReminder(learner, placedAt);
  }
  await store.close();
}

/** `node dist/main.js` as `npm start` runs it, on the shared SQLite file. */
function startBot() {
  const child = spawn(process.execPath, [DIST_MAIN], {
    cwd: root,
    env: cleanEnv({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      STORE_URL: storeUrl,
      STORE_NAMESPACE: NAMESPACE,
      CURRICULUM_FILE: PLAN_FILE,
    }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push({ kill: () => child.kill('SIGKILL') });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, exited, output: () => output };
}

const dmPosts = () => fake.requests.filter((r) => r.route === 'POST /channels/:channel/messages');
const dmsHeld = () => userIds.map((userId) => fake.channelMessages(fake.dmChannelId(userId)).length);

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeEach(async () => {
  // Each reminder costs two requests (open the DM channel, send): about 6 s of fan-out at 50/s.
  fake = await startFakeDiscord({ latencyMs: 100, globalRateLimit: 50, echoBotMessages: false });
  dir = await mkdtemp(join(tmpdir(), 'coach-shutdown-'));
  storeUrl = `sqlite://${join(dir, 'coach.sqlite')}`;
  await seedDueReminders();
});

afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GIVEN the bot is sending 150 due reminders', { timeout: 90_000 }, () => {
  it('WHEN it gets SIGTERM mid fan-out THEN it exits within 10 s having sent only whole DMs, lets the lease go, and the next process sends the rest at once: every learner gets exactly one', async () => {
    const first = startBot();
    await waitFor(() => dmPosts().length >= 10, 30_000, 'the first DMs');

    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const code = await first.exited;
    const took = Date.now() - signalled;
    const sentByFirst = dmPosts().length;

    expect(code).toBe(0);
    expect(took).toBeLessThan(10_000);
    // It stopped taking turns: the rest is left for the next leader.
    expect(sentByFirst).toBeLessThan(LEARNERS);
    const store = await openStore(storeUrl, { namespace: NAMESPACE, logger: new TestLogger() });
    try {
      expect(await store.claimOwner(LEADER_LEASE_KEY)).toBeUndefined();
    } finally {
      await store.close();
    }

    const second = startBot();
    await waitFor(() => second.output().includes('"scheduler started"'), 30_000, 'the second scheduler');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // The catch-up pass of the second process ran as leader (no wait for the lease to expire).
    const started = second
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line['message'] === 'scheduler started');
    expect(started?.['pass']).toBe('ran');
    expect(dmsHeld().filter((n) => n !== 1)).toEqual([]);
    // No DM was sent twice, not even one Discord would have dropped by its nonce.
    expect(dmPosts()).toHaveLength(LEARNERS);
    expect(first.output()).toContain('"shutting down"');
  });
});
