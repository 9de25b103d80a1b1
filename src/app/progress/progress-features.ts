import type { AssessmentMap } from '../../core/assessment/assessment-map.js';
import type { Plan } from '../../core/curriculum/plan.js';
import { createReviews } from '../coaching/saved-reviews.js';
import { forgetLearner } from '../privacy/forget-me.js';
import { leaderboardOf } from './leaderboard.js';
import { exportLearner } from '../privacy/export.js';
import type { Learners } from '../storage/learners.js';
import { createPace } from '../study/pace.js';
import type { Clock, Logger, Store } from '../ports.js';
import { createProgressView } from './progress-view.js';
import { noteServerLearner } from '../storage/server-learners.js';
import { setRecaps } from '../servers/recaps-switch.js';
import { ServerRecords } from '../storage/server-records.js';
import { TtlCache } from '../caching/ttl-cache.js';

// Every learner command notes its server's learner; once written, the note stands, so one write per
// pair every few minutes is enough. Kept per process; a crash loses nothing the store does not have.
const NOTED_TTL_MS = 10 * 60_000;
const NOTED_PAIRS_KEPT = 50_000;

/** What the progress features are built from; each composition root passes its own. */
export interface ProgressAppDeps {
  readonly plan: Plan;
  readonly store: Store;
  readonly learners: Learners;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly defaultTimezone: string;
  /** The plan's assessment data, or null when the plan has none. */
  readonly assessmentMap: AssessmentMap | null;
  /** Takes a learner out of every scheduling wheel (forget-me); the console has none. */
  readonly leaveWheel: (learnerId: string) => Promise<void>;
}

/**
 * Progress you can see, for every front end: own pace, the progress card, the cycle
 * assessment, the leaderboard, export and forget-me, and the server's recap switch.
 */
export function createProgressApp(deps: ProgressAppDeps) {
  const servers = new ServerRecords(deps.store, deps.logger);
  // Stateless over the store: the same reviews the AI coach saves.
  const reviews = createReviews(deps);
  const noted = new TtlCache<void>(NOTED_TTL_MS, NOTED_PAIRS_KEPT);
  const pairKey = (learnerId: string, guildId: string) => `${learnerId}\n${guildId}`;
  return {
    ...createPace(deps),
    ...createProgressView({ ...deps, reviews }),
    leaderboard: (guildId: string | null, askerId: string) => leaderboardOf(deps, guildId, askerId),
    exportData: (learnerId: string) => exportLearner({ ...deps, reviews }, learnerId),
    forget: async (learnerId: string) => {
      try {
        return await forgetLearner(deps, learnerId);
      } finally {
        // Their next command in a server notes them again, from a clean slate.
        noted.deleteWhere((key) => key.startsWith(pairKey(learnerId, '')));
      }
    },
    /** Call whenever a learner uses a command in a server: leaderboards and recaps read this set. */
    noteServerLearner: (guildId: string, learnerId: string) =>
      noted.get(pairKey(learnerId, guildId), deps.clock.now(), () =>
        noteServerLearner(deps.store, guildId, learnerId),
      ),
    setRecaps: (guildId: string, on: boolean) => setRecaps(servers, guildId, on, deps.clock.now()),
  };
}

/** The progress features, as built by `createProgressApp`. */
export type ProgressApp = ReturnType<typeof createProgressApp>;
