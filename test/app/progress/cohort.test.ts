import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Store } from '../../../src/app/ports.js';
import { cohortOf } from '../../../src/app/progress/cohort.js';
import { Learners, learnerKey } from '../../../src/app/storage/learners.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner } from '../../core/learner/learner-fixtures.js';

const NOW = new Date('2026-03-06T16:00:00Z');
const GUILD = 'g1';
const quiet = { info() {}, warn() {}, error() {} };

/** A memory store that counts single and batched reads of learner records. */
function countingStore() {
  const inner = createMemoryStore({ now: () => NOW.getTime() });
  const reads = { single: 0, batches: 0 };
  const store: Store = {
    ...inner,
    get: (key) => ((reads.single += key.startsWith('learner:') ? 1 : 0), inner.get(key)),
    getMany: (keys) => ((reads.batches += 1), inner.getMany(keys)),
  };
  return { store, reads };
}

describe('GIVEN a server with 600 learners, one of whose records is unreadable', () => {
  it('WHEN the cohort is viewed THEN every readable learner is a row, the unreadable one is counted, and records are read in 3 batches', async () => {
    const { store, reads } = countingStore();
    const learners = new Learners(store, { now: () => NOW }, quiet);
    for (let n = 0; n < 600; n++) {
      const id = `discord:${n}`;
      await learners.create(
        learner({ id, displayName: `L${n}`, completions: doneOn(dates('2026-03-02', n % 5)) }),
      );
      await noteServerLearner(store, GUILD, id);
    }
    await store.set(learnerKey('discord:7'), { not: 'a learner' });
    reads.single = 0;
    reads.batches = 0;

    const outcome = await cohortOf(
      { plan: tinyPlan({ count: 10 }), store, learners, clock: { now: () => NOW } },
      GUILD,
    );

    expect(outcome.kind).toBe('cohort');
    if (outcome.kind !== 'cohort') return;
    expect(outcome.view.rows).toHaveLength(599);
    expect(outcome.view.heatmap).toHaveLength(599);
    expect(outcome.unreadable).toBe(1);
    expect(outcome.view.funnel[0]).toEqual({ day: 31, done: 479 }); // n % 5 >= 1, minus the unreadable one
    expect(reads).toEqual({ single: 0, batches: 3 });
  });

  it('WHEN a server has no learners THEN no-learners', async () => {
    const { store } = countingStore();
    const learners = new Learners(store, { now: () => NOW }, quiet);
    const deps = { plan: tinyPlan({ count: 10 }), store, learners, clock: { now: () => NOW } };
    expect(await cohortOf(deps, GUILD)).toEqual({ kind: 'no-learners' });
  });
});
