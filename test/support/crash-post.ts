/**
 * A bot process cut down to its posting path, for crash tests: the real app (SQLite store,
 * Discord notifier on the REST client, scheduler with its catch-up pass) against the fake
 * Discord, with a fixed clock. Run with `node --import tsx crash-post.ts '<json options>'`; the tests
 * run it as their global setup compiles it (`node crash-post.js '<json options>'`).
 *
 * `hold` stalls the process at one point of the send so the test can kill -9 it there:
 * `before-send` (marker claimed, nothing sent) or `after-send` (sent, not yet confirmed); the
 * `poll-` holds do the same at the day poll's send only, once the post went out.
 * Prints one JSON line per event: `{"event":"holding"}`, then `{"event":"done",...}`.
 */
import { REST } from 'discord.js';
import { createDiscordNotifier } from '../../src/adapters/discord/messaging/discord-notifier.js';
import { createLogger } from '../../src/adapters/log/logger.js';
import { startScheduler } from '../../src/adapters/scheduler/start-scheduler.js';
import { openStore } from '../../src/adapters/store/open-store.js';
import type { Clock, Notifier } from '../../src/app/ports.js';
import { tinyPlan } from './tiny-plan.js';
import { appUnderTest } from './app-under-test.js';

/** What the crash test tells the child. */
export interface CrashOptions {
  readonly storeFile: string;
  readonly apiUrl: string;
  readonly token: string;
  readonly now: string;
  readonly hold?: 'before-send' | 'after-send' | 'poll-before-send' | 'poll-after-send';
}

export const CRASH_PLAN = tinyPlan({ first: 31, count: 5 });
export const CRASH_NAMESPACE = 'crash';

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
/** Announces the hold and never returns: the test kills the process here. */
const stall = () => {
  say({ event: 'holding' });
  return new Promise<never>(() => setInterval(() => undefined, 60_000));
};

function holding(inner: Notifier, hold: CrashOptions['hold']): Notifier {
  const around =
    (before: CrashOptions['hold'], after: CrashOptions['hold']) =>
    <A extends unknown[], R>(send: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (hold === before) await stall();
      const result = await send(...args);
      if (hold === after) await stall();
      return result;
    };
  const post = around('before-send', 'after-send');
  const poll = around('poll-before-send', 'poll-after-send');
  return {
    ...inner,
    postDay: post(inner.postDay),
    postText: post(inner.postText),
    postDayInForum: post(inner.postDayInForum),
    postTextInForum: post(inner.postTextInForum),
    postDayPoll: poll(inner.postDayPoll),
  };
}

async function main(options: CrashOptions): Promise<void> {
  const logger = createLogger({
    level: 'warn',
    write: (line) => process.stderr.write(line),
    secrets: [options.token],
  });
  const clock: Clock = { now: () => new Date(options.now) };
  const store = await openStore(`sqlite://${options.storeFile}`, { namespace: CRASH_NAMESPACE, logger });
  const rest = new REST({ api: options.apiUrl }).setToken(options.token);
  const notifier = holding(createDiscordNotifier(rest), options.hold);
  const app = appUnderTest({ plan: CRASH_PLAN, store, clock, logger, notifier });
  let report: unknown;
  const scheduler = await startScheduler({
    store,
    logger,
    owner: 'crash-test-bot',
    tick: async () => (report = await app.runSchedulerPass()),
  });
  await scheduler.stop();
  await store.close();
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  say({ event: 'done', report });
}

if (process.argv[2] !== undefined) {
  await main(JSON.parse(process.argv[2]) as CrashOptions);
  process.exit(0);
}
