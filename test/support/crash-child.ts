import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { openStore } from '../../src/adapters/store/open-store.js';
import { createWheelPlacement } from '../../src/app/delivery/wheel-placement.js';
import { ServerRecords } from '../../src/app/storage/server-records.js';
import { TestLogger } from '../app/delivery/daily-posts-fixture.js';
import { CRASH_NAMESPACE, CRASH_PLAN, type CrashOptions } from './crash-post.js';
import { FIXTURE } from './fake-discord/index.js';
import { compiledTestScript } from './run-coach.js';

const SCRIPT = compiledTestScript('crash-post');

/** The bot's posting path running in a child process (crash-post.ts), to be killed mid-send. */
export interface CrashChild {
  /** Resolves with the first event of that name the child printed; throws if it exited first. */
  event(name: string): Promise<Record<string, unknown>>;
  /** SIGKILL, as a crash or an OOM kill would end it, and waits for the exit. */
  kill9(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/** Starts crash-post.ts with `options`; the child is added to `children` so a test's cleanup can kill it. */
export function startCrashChild(options: CrashOptions, children: ChildProcess[]): CrashChild {
  const child = spawn(process.execPath, [SCRIPT, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const events: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    events.push(JSON.parse(line) as Record<string, unknown>);
    waiters.splice(0).forEach((wake) => wake());
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const event = async (name: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const found = events.find((candidate) => candidate.event === name);
      if (found) return found;
      const gone = await Promise.race([
        new Promise<false>((wake) => waiters.push(() => wake(false))),
        exited.then(() => true),
      ]);
      if (gone && !events.some((candidate) => candidate.event === name)) {
        throw new Error(`the bot exited before "${name}": ${stderr}`);
      }
    }
  };
  const kill9 = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  return { event, kill9, exited };
}

/**
 * Writes, into the SQLite file the crash child will open, a server that posts Day 32 at 09:00 UTC
 * on 2026-06-02 in `channel` (a text channel, or a forum with `channelKind: 'forum'`), placed on the wheel.
 */
export async function seedCrashServer(
  storeFile: string,
  channel: { readonly channelId: string; readonly channelKind?: 'forum' },
): Promise<void> {
  const logger = new TestLogger();
  const store = await openStore(`sqlite://${storeFile}`, { namespace: CRASH_NAMESPACE, logger });
  const settings = {
    guildId: FIXTURE.guild,
    ...channel,
    time: '09:00',
    timezone: 'UTC',
    startDate: '2026-06-01',
    paused: false,
    recaps: false,
    nudges: false,
    problem: null,
  };
  await new ServerRecords(store, logger).save(settings);
  await createWheelPlacement({ store, plan: CRASH_PLAN, graceMs: 12 * 3_600_000 }).placeServer(
    settings,
    new Date('2026-06-02T08:58:00Z'),
  );
  await store.close();
}
