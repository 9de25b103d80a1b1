import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Store } from '../../../src/app/ports.js';
import { serverLearnerIds } from '../../../src/app/storage/server-learners.js';
import { progressWorld } from '../progress/progress-world.js';

const who = { id: 'discord:11', displayName: 'Ada' };
const start = new Date('2026-03-02T12:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);
/** A learner command in a server, through the app a running bot builds (with its caches). */
const commandIn = async (world: ReturnType<typeof progressWorld>, guildId: string) => {
  await world.app.study.today({ ...who, serverId: guildId });
  // The note is written alongside the answer; wait for it before looking.
  await world.app.settled();
};

/** A memory store that counts the set writes that go through it. */
function countingStore(): Store & { readonly adds: () => number } {
  const inner = createMemoryStore();
  let adds = 0;
  return {
    ...inner,
    adds: () => adds,
    addToSet: (key, member) => ((adds += 1), inner.addToSet(key, member)),
  };
}

describe("GIVEN a learner using commands in a server (the server's learner list)", () => {
  it('WHEN they use 20 commands in a minute THEN they are listed, and the store is written once', async () => {
    const store = countingStore();
    const world = progressWorld({ now: start, store, caching: true });
    for (let i = 0; i < 20; i += 1) {
      world.setNow(later(i * 3_000));
      await commandIn(world, 'g1');
    }
    expect(await serverLearnerIds(world.store, 'g1')).toEqual([who.id]);
    const afterFirst = store.adds();
    expect(afterFirst).toBeGreaterThan(0);
    world.setNow(later(60_000));
    await Promise.all(Array.from({ length: 20 }, () => commandIn(world, 'g1')));
    expect(store.adds()).toBe(afterFirst);
  });

  it('WHEN ten minutes pass THEN the next command writes the note again, so a lost one comes back', async () => {
    const world = progressWorld({ now: start, caching: true });
    await commandIn(world, 'g1');
    // Lost: as if another process's forget-me, or a restore from an older backup, dropped it.
    await world.store.removeFromSet('server-learners:g1', who.id);
    world.setNow(later(9 * 60_000));
    await commandIn(world, 'g1');
    expect(await serverLearnerIds(world.store, 'g1')).toEqual([]);
    world.setNow(later(10 * 60_000));
    await commandIn(world, 'g1');
    expect(await serverLearnerIds(world.store, 'g1')).toEqual([who.id]);
  });

  it('WHEN they /forget-me and then use a command THEN that server lists them again at once', async () => {
    const world = progressWorld({ now: start, caching: true });
    await commandIn(world, 'g1');
    await commandIn(world, 'g2');
    expect(await world.app.privacy.forget(who)).toMatchObject({ kind: 'forgotten', servers: 2 });
    expect(await serverLearnerIds(world.store, 'g1')).toEqual([]);
    await commandIn(world, 'g1');
    expect(await serverLearnerIds(world.store, 'g1')).toEqual([who.id]);
    expect(await serverLearnerIds(world.store, 'g2')).toEqual([]);
  });
});
