import { REST } from 'discord.js';
import { createDiscordNotifier } from '../src/adapters/discord/messaging/discord-notifier.js';
import { createLogger } from '../src/adapters/log/logger.js';
import { openStore } from '../src/adapters/store/open-store.js';
import type { SchedulerPassReport } from '../src/app/delivery/scheduler-pass.js';
import { createWheelPlacement } from '../src/app/delivery/wheel-placement.js';
import { Learners } from '../src/app/storage/learners.js';
import type { Plan } from '../src/core/curriculum/plan.js';
import { newLearner } from '../src/core/learner/new-learner.js';
import { appUnderTest } from '../test/support/app-under-test.js';

const GRACE_MS = 12 * 3_600_000;

/** The bot's scheduling side as production builds it: SQLite store, REST client, default limits. */
export async function openBenchApp(storeFile: string, apiUrl: string, token: string, plan: Plan) {
  const logger = createLogger({
    level: 'warn',
    write: (line) => process.stderr.write(line),
    secrets: [token],
  });
  let now = new Date();
  const clock = { now: () => now };
  const store = await openStore(`sqlite://${storeFile}`, { namespace: 'bench', logger });
  // discord.js's defaults, globalRequestsPerSecond 50 among them: the limiter is the only brake.
  const rest = new REST({ api: apiUrl }).setToken(token);
  const learners = new Learners(store, clock, logger);
  const notifier = createDiscordNotifier(rest);
  const app = appUnderTest({ plan, store, clock, logger, notifier, graceMs: GRACE_MS });
  const wheel = createWheelPlacement({ store, plan, graceMs: GRACE_MS });
  return {
    /** One scheduler pass with the app's clock at `at`. */
    tick: (at: Date): Promise<SchedulerPassReport> => {
      now = at;
      return app.runSchedulerPass();
    },
    async enrol(userIds: readonly string[], reminderTime: string, startDate: string, at: Date) {
      for (const userId of userIds) {
        const learner = {
          ...newLearner({ id: `discord:${userId}`, displayName: userId, timezone: 'UTC', startDate }),
          reminderTime,
        };
        await learners.save(learner);
        await wheel.placeReminder(learner, at);
      }
    },
    async close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      await store.close();
    },
  };
}
