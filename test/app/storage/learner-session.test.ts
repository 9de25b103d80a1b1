import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { createLearnerSession } from '../../../src/app/storage/learner-session.js';
import { learnerKey, Learners } from '../../../src/app/storage/learners.js';
import type { Logger, Store } from '../../../src/app/ports.js';

const silent: Logger = { info() {}, warn() {}, error() {} };
const NOW = new Date('2026-06-01T06:00:00Z');

/** A memory store that writes down, in order, each record created and each note begun. */
function recordingSession() {
  const events: string[] = [];
  const inner = createMemoryStore();
  const store: Store = {
    ...inner,
    create: async (key, value) => {
      events.push(`create ${key}`);
      return inner.create(key, value);
    },
  };
  const clock = { now: () => NOW };
  const session = createLearnerSession({
    learners: new Learners(store, clock, silent),
    clock,
    defaultTimezone: 'UTC',
    cohortOf: async () => null,
    noteServerLearner: async (serverId, learnerId, created) => {
      events.push(`note ${serverId} ${learnerId}${created === undefined ? '' : ' (created)'}`);
    },
    logger: silent,
  });
  return { events, session, store };
}

describe('GIVEN learners new to the coach, all in one server at once', () => {
  it('WHEN they read their day together THEN every record is created before any server note is begun', async () => {
    const { events, session, store } = recordingSession();
    const actors = ['1', '2', '3'].map((id) => ({ id, displayName: `L${id}`, serverId: 'guild-1' }));
    const seen = await Promise.all(actors.map((actor) => session.read(actor, (learner) => learner.id)));
    await session.settled();
    expect(seen).toEqual(['1', '2', '3']);
    expect(events.slice(0, 3).every((event) => event.startsWith('create learner:'))).toBe(true);
    // Each was created by this read: the note is handed the record, so nothing is looked up again.
    expect(events.slice(3).sort()).toEqual([
      'note guild-1 1 (created)',
      'note guild-1 2 (created)',
      'note guild-1 3 (created)',
    ]);
    expect(await store.get(learnerKey('2'))).toBeDefined();

    events.length = 0;
    await session.read(actors[0]!, (learner) => learner.id);
    await session.settled();
    expect(events).toEqual(['note guild-1 1']);
  });

  it('WHEN one acts in a DM (no server) THEN their record is saved and nothing is noted', async () => {
    const { events, session } = recordingSession();
    await session.act({ id: '9', displayName: 'Dee' }, (learner) => ({ learner, outcome: 'ok' }));
    await session.settled();
    expect(events.filter((event) => event.startsWith('note'))).toEqual([]);
  });
});
