import { createDaySearch } from '../adapters/curriculum/day-search.js';
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { createApp } from '../app/create-app.js';
import { learnerIdOf } from '../app/actor.js';
import type { Clock, Logger, Store } from '../app/ports.js';
import type { Config } from '../config.js';
import { runConsoleCoach } from '../adapters/console/console-coach.js';
import { openStore } from '../adapters/store/open-store.js';
import { redactUrl } from '../adapters/store/store-support.js';
import { storePlace } from '../adapters/store/store-failures.js';
import { loadJourney } from '../adapters/curriculum/load-journey.js';
import { setUpCoachModel } from './ai-coach-setup.js';

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
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const lines = createInterface({ input: process.stdin, terminal: false });
    await runConsoleCoach(
      { lines, write: (text) => process.stdout.write(text), interactive },
      {
        app,
        actor: { id: learnerIdOf('console', 'local'), displayName: userInfo().username },
        dataDir: config.DATA_DIR,
      },
      logger,
      storePlace(redactUrl(config.STORE_URL)),
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** Opens the configured store; on failure says which store and why in one line. */
export async function openStoreOrExplain(config: Config, logger: Logger): Promise<Store | null> {
  try {
    return await openStore(config.STORE_URL, { namespace: config.STORE_NAMESPACE, logger });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Can't open the store at ${redactUrl(config.STORE_URL)}: ${reason}\n`);
    return null;
  }
}
