import { createDaySearch } from '../adapters/curriculum/day-search.js';
import { userInfo } from 'node:os';
import { createApp } from '../app/create-app.js';
import { learnerIdOf } from '../app/actor.js';
import type { Clock, Logger } from '../app/ports.js';
import type { Config } from '../config.js';
import { runConsoleCoach } from '../adapters/console/console-coach.js';
import { openTerminal } from '../adapters/console/terminal.js';
import { redactUrl } from '../adapters/store/store-support.js';
import { storePlace } from '../adapters/store/store-failures.js';
import { loadJourney } from '../adapters/curriculum/load-journey.js';
import { setUpCoachModel } from './ai-coach-setup.js';
import { openStoreOrExplain } from './open-store-or-explain.js';

/** Composition root of the console coach: one local learner, the configured store, the AI coach (offline without a key). */
export async function runConsole(config: Config, logger: Logger): Promise<number> {
  const loaded = await loadJourney(config.CURRICULUM_FILE);
  if (loaded.kind !== 'ok') {
    const problems = loaded.kind === 'invalid' ? loaded.problems : [loaded.message];
    process.stderr.write(`The study plan can't be used:\n${problems.join('\n')}\n`);
    return 1;
  }
  const coach = await setUpCoachModel(config);
  if (coach.kind === 'invalid') {
    process.stderr.write(`${coach.message}\n`);
    return 1;
  }
  const clock: Clock = { now: () => new Date() };
  const store = await openStoreOrExplain(config, logger);
  if (store === null) return 1;
  try {
    const app = createApp({
      plan: loaded.journey,
      store,
      clock,
      logger,
      // The console learner sits at this machine, so its zone is the right first guess.
      defaultTimezone: config.LEARNER_TIMEZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      coach,
      recallDailyCap: config.RECALL_DAILY_CAP,
      search: createDaySearch(loaded.journey),
    });
    const terminal = openTerminal(process.stdin, process.stdout);
    try {
      await runConsoleCoach(
        terminal,
        {
          app,
          actor: { id: learnerIdOf('console', 'local'), displayName: userInfo().username },
          dataDir: config.DATA_DIR,
        },
        logger,
        storePlace(redactUrl(config.STORE_URL)),
      );
    } finally {
      // /quit ends the coach even while stdin stays open (a terminal, a pipe not yet closed).
      terminal.close();
    }
    return 0;
  } finally {
    await store.close();
  }
}
