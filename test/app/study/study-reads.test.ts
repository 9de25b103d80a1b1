import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createApp } from '../../../src/app/create-app.js';
import type { Store } from '../../../src/app/ports.js';
import { learnerKey } from '../../../src/app/storage/learners.js';
import { offlineCoach } from '../../../src/entry/ai-coach-setup.js';
import { realPlan } from '../../support/real-plan.js';
import { silent } from '../progress/progress-world.js';

const who = { id: 'discord:42', displayName: 'Lin' };
const now = new Date('2026-06-03T12:00:00Z');

/** A memory store that counts the writes /today could cause: sets, claims and releases. */
function countingStore() {
  const inner = createMemoryStore({ now: () => now.getTime() });
  const writes = { set: 0, create: 0, claim: 0, release: 0 };
  const store: Store = {
    ...inner,
    set: (key, value, ttl) => (writes.set++, inner.set(key, value, ttl)),
    create: (key, value) => (writes.create++, inner.create(key, value)),
    claim: (key, owner, ttl) => (writes.claim++, inner.claim(key, owner, ttl)),
    release: (key, owner) => (writes.release++, inner.release(key, owner)),
  };
  return { store, writes };
}

function studyOver(store: Store) {
  const app = createApp({
    plan: realPlan(),
    store,
    clock: { now: () => now },
    logger: silent,
    defaultTimezone: 'UTC',
    assessmentMap: null,
    coach: offlineCoach(),
  });
  return { today: app.study.today, progress: app.progress.progress };
}

describe('GIVEN a learner the store already knows', () => {
  it('WHEN /today and /progress THEN their standing, and nothing is written: no lease, no save', async () => {
    const { store, writes } = countingStore();
    const study = studyOver(store);
    await study.today(who);
    Object.assign(writes, { set: 0, create: 0, claim: 0, release: 0 });
    expect(await study.today(who)).toMatchObject({ kind: 'standing', current: { day: { day: 31 } } });
    expect(await study.progress(who)).toMatchObject({ kind: 'progress', standing: { daysDone: 0 } });
    expect(writes).toEqual({ set: 0, create: 0, claim: 0, release: 0 });
  });

  it('WHEN /today while another action holds their lease THEN it still answers, not "busy"', async () => {
    const { store } = countingStore();
    const study = studyOver(store);
    await study.today(who);
    await store.claim(`lease:${learnerKey(who.id)}`, 'someone-else', 10_000);
    expect(await study.today(who)).toMatchObject({ kind: 'standing' });
  });
});

describe('GIVEN a learner seen for the first time', () => {
  it('WHEN /today THEN they are created with one create-if-absent: no lease, one write', async () => {
    const { store, writes } = countingStore();
    const study = studyOver(store);
    expect(await study.today(who)).toMatchObject({ kind: 'standing', daysDone: 0 });
    expect(writes).toEqual({ set: 0, create: 1, claim: 0, release: 0 });
    expect(await store.get(learnerKey(who.id))).toMatchObject({ data: { id: who.id } });
  });

  it('WHEN another command created them first THEN theirs is kept and read back, not overwritten', async () => {
    const { store } = countingStore();
    const study = studyOver(store);
    const racing: Store = {
      ...store,
      // The other command's record lands between this one's read and its create.
      create: async (key, value) => {
        await store.set(key, { v: 1, data: { ...(value as { data: object }).data, displayName: 'Other' } });
        return store.create(key, value);
      },
    };
    expect(await studyOver(racing).today(who)).toMatchObject({ kind: 'standing' });
    expect(await store.get(learnerKey(who.id))).toMatchObject({ data: { displayName: 'Other' } });
    expect(await study.today(who)).toMatchObject({ kind: 'standing' });
  });

  it('WHEN 10 commands of theirs arrive at once THEN every one is answered and one record is written', async () => {
    const { store, writes } = countingStore();
    const study = studyOver(store);
    const answers = await Promise.all(Array.from({ length: 10 }, () => study.today(who)));
    expect(answers.every((answer) => answer.kind === 'standing')).toBe(true);
    expect(writes).toMatchObject({ set: 0, claim: 0 });
  });
});

describe('GIVEN a learner whose stored record is corrupt', () => {
  it('WHEN /today THEN the record is set aside and said so, not silently replaced by a fresh one', async () => {
    const { store } = countingStore();
    const study = studyOver(store);
    await store.set(learnerKey(who.id), { v: 1, data: { id: 7 } });
    expect(await study.today(who)).toMatchObject({ kind: 'set-aside' });
    expect(await store.get(learnerKey(who.id))).toBeUndefined();
  });
});
