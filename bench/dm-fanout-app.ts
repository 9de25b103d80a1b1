import { REST } from 'discord.js';
import { createDiscordNotifier } from '../src/adapters/discord/messaging/discord-notifier.js';
import { createJsonLogger } from '../src/adapters/log/json-logger.js';
import { openStore } from '../src/adapters/store/open-store.js';
import { runDueWork, type DueWorkReport } from '../src/app/delivery/scheduler-pass.js';
import { Learners } from '../src/app/storage/learners.js';
import { scheduleLearnerReminder } from '../src/app/delivery/wheel-placement.js';
import { ServerRecords } from '../src/app/storage/server-records.js';
import type { Plan } from '../src/core/curriculum/plan.js';
import { newLearner } from '../src/core/learner/new-learner.js';
import { renderModuleRecap, renderStreakWarning } from '../src/presenters/text/recap-text.js';

const GRACE_MS = 12 * 3_600_000;

/** The bot's scheduling side as production builds it: SQLite store, REST client, default limits. */
export async function openBenchApp(storeFile: string, apiUrl: string, token: string, plan: Plan) {
  const logger = createJsonLogger({
    level: 'warn',
    write: (line) => process.stderr.write(line),
    secrets: [token],
  });
  const clock = { now: () => new Date() };
  const store = await openStore(`sqlite://${storeFile}`, { namespace: 'bench', logger });
  // discord.js's defaults, globalRequestsPerSecond 50 among them: the limiter is the only brake.
  const rest = new REST({ api: apiUrl }).setToken(token);
  const learners = new Learners(store, clock, logger);
  const work = {
    posts: {
      store,
      plan,
      servers: new ServerRecords(store, logger),
      notifier: createDiscordNotifier(rest),
      logger,
      graceMs: GRACE_MS,
    },
    reminders: { learners, graceMs: GRACE_MS, recipientOf: (id: string) => id.replace(/^discord:/, '') },
    render: { recap: renderModuleRecap, warning: renderStreakWarning },
  };
  return {
    tick: (now: Date): Promise<DueWorkReport> => runDueWork(work, now),
    async enrol(userIds: readonly string[], reminderTime: string, startDate: string, now: Date) {
      for (const userId of userIds) {
        const learner = {
          ...newLearner({ id: `discord:${userId}`, displayName: userId, timezone: 'UTC', startDate }),
          reminderTime,
        };
        await learners.save(learner);
        await scheduleLearnerReminder({ store, plan, graceMs: GRACE_MS }, learner, now);
      }
    },
    async close() {
      rest.clearHashSweeper();
      rest.clearHandlerSweeper();
      await store.close();
    },
  };
}
