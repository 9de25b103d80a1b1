import { join } from 'node:path';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import type { CoachModel } from '../../../src/app/coach-model.js';
import { createCoaching } from '../../../src/app/coaching/coaching.js';
import { Learners } from '../../../src/app/storage/learners.js';
import type { Logger } from '../../../src/app/ports.js';
import { createStudy } from '../../../src/app/study/study.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';

const planFile = join(import.meta.dirname, '..', '..', '..', 'curriculum', 'days-31-60-spark-airflow.md');
const loaded = await loadPlanFile(planFile);
if (loaded.kind !== 'ok') throw new Error(`the real plan does not load: ${JSON.stringify(loaded)}`);

/** The real plan: Day 31 asks for a LinkedIn post, Day 32 for none, Day 37 for a blog post. */
export const plan: Plan = loaded.plan;
export const silent: Logger = { info() {}, warn() {}, error() {} };
export const START = new Date('2026-06-01T09:00:00Z');
export const who = { id: 'console:ada', displayName: 'Ada' };

/** The app around the coaching layer: the memory store and a clock tests can move. */
export function coachingWorld(model: CoachModel, limits = { daily: 3, adminDaily: 5 }, online = true) {
  let now = START;
  const clock = { now: () => now };
  const store = createMemoryStore({ now: () => now.getTime() });
  const study = createStudy({
    plan,
    learners: new Learners(store, clock, silent),
    clock,
    defaultTimezone: 'UTC',
  });
  const coaching = createCoaching({ plan, study, model, store, clock, logger: silent, limits, online });
  return {
    store,
    study,
    coaching,
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  };
}
