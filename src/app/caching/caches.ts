import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { TtlCache } from './ttl-cache.js';

/**
 * The app's only caches, each kept per process for the benchmark that proved it needed
 * (`npm run bench`, commands under load). Built by a composition root and handed to
 * `createApp`; without them every read goes to the store. Their invalidation rules sit with
 * the wrappers that use them: `cached-servers.ts`, `noted-server-learners.ts`.
 */
export interface AppCaches {
  /** A server's settings as learner commands read them (its cohort), by guild id: 30 s. */
  readonly serverSettings: TtlCache<ServerSettings | null>;
  /** That a learner used a server, by learner and guild: 10 minutes. */
  readonly serverLearnerNotes: TtlCache<void>;
}

/** The caches a running bot uses. */
export function createCaches(): AppCaches {
  return {
    serverSettings: new TtlCache<ServerSettings | null>(30_000, 10_000),
    serverLearnerNotes: new TtlCache<void>(10 * 60_000, 50_000),
  };
}
