import type { Plan } from '../../core/curriculum/plan.js';
import type { Learner } from '../../core/learner/learner.js';
import { cohortView, type CohortView } from '../../core/progress/cohort-view.js';
import type { Clock, Store } from '../ports.js';
import type { Learners } from '../storage/learners.js';
import { serverLearnerIds } from '../storage/server-learners.js';

/** Outcome of `/coach cohort`: the server's learners as the admin sees them, or none yet. */
export type CohortOutcome =
  | {
      readonly kind: 'cohort';
      readonly view: CohortView;
      /** Learners seen in the server whose record could not be read now: counted, never dropped silently. */
      readonly unreadable: number;
      readonly asOf: Date;
    }
  | { readonly kind: 'no-learners' };

/** What the cohort view reads: the server's learner set and their records, a batch at a time. */
export interface CohortDeps {
  readonly plan: Plan;
  readonly store: Store;
  readonly learners: Learners;
  readonly clock: Clock;
}

/** Records read per store call. */
const BATCH = 250;

/** The cohort view of a server's learners now. */
export async function cohortOf(deps: CohortDeps, guildId: string): Promise<CohortOutcome> {
  const now = deps.clock.now();
  const { found, unreadable } = await loadCohortLearners(deps, guildId);
  if (found.length === 0 && unreadable === 0) return { kind: 'no-learners' };
  return { kind: 'cohort', view: cohortView(deps.plan, found, now), unreadable, asOf: now };
}

/** The records of every learner seen in the server, and how many of them could not be read now. */
export async function loadCohortLearners(
  deps: Pick<CohortDeps, 'store' | 'learners'>,
  guildId: string,
): Promise<{ readonly found: readonly Learner[]; readonly unreadable: number }> {
  const ids = await serverLearnerIds(deps.store, guildId);
  const found: Learner[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const records = await deps.learners.loadMany(ids.slice(start, start + BATCH));
    for (const learner of records) if (learner !== null) found.push(learner);
  }
  return { found, unreadable: ids.length - found.length };
}
