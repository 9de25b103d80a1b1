import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { loadServerLearners } from '../../../src/app/progress/leaderboard.js';
import type { Store } from '../../../src/app/ports.js';
import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import { rankingKey } from '../../../src/app/storage/server-ranking.js';
import { buildLeaderboard } from '../../../src/core/progress/leaderboard.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';
import { progressWorld } from './progress-world.js';

const at = (iso: string) => new Date(iso);
const GUILD = 'g1';
const who = (n: number) => ({
  id: `discord:${n}`,
  displayName: `L${String(n).padStart(4, '0')}`,
  serverId: GUILD,
});

/** A memory store that counts how many learner records were read. */
function countingReads() {
  let now = at('2026-03-02T12:00:00Z');
  const inner = createMemoryStore({ now: () => now.getTime() });
  const reads = { learners: 0 };
  const isLearner = (key: string) => key.startsWith('learner:');
  const store: Store = {
    ...inner,
    get: (key) => ((reads.learners += isLearner(key) ? 1 : 0), inner.get(key)),
    getMany: (keys) => ((reads.learners += keys.filter(isLearner).length), inner.getMany(keys)),
  };
  return { store, reads, setNow: (next: Date) => void (now = next) };
}

/** 1,000 learners noted in g1; learners 1..12 study on some of the first four days. */
async function bigServer() {
  const counted = countingReads();
  const world = progressWorld({ now: at('2026-03-02T12:00:00Z'), store: counted.store });
  for (let n = 1; n <= 1_000; n++) {
    const learner = newLearner({
      id: who(n).id,
      displayName: who(n).displayName,
      timezone: 'UTC',
      startDate: '2026-03-02',
    });
    await noteServerLearner(world.store, GUILD, learner.id);
    await world.learners.save(learner);
  }
  for (const [day, upTo] of [
    ['2026-03-02', 12],
    ['2026-03-03', 8],
    ['2026-03-04', 4],
  ] as const) {
    const noon = at(`${day}T12:00:00Z`);
    world.setNow(noon);
    counted.setNow(noon);
    for (let n = 1; n <= upTo; n++) await world.study.done(who(n), { text: 'did it', links: [] });
  }
  const moveTo = (iso: string) => {
    world.setNow(at(iso));
    counted.setNow(at(iso));
  };
  return { world, reads: counted.reads, moveTo };
}

const lineOf = (line: { rank: number; streak: number; daysDone: number }) =>
  [line.rank, line.streak, line.daysDone] as const;
/**
 * The names on the board, but for the last tie group, which may go on past the tenth line:
 * which of its members are listed is the store's order, not the name's (the ranks say the truth).
 */
const namesBeforeLastTie = (lines: readonly { rank: number; name: string }[]) =>
  lines.filter((line) => line.rank < (lines[lines.length - 1]?.rank ?? 0)).map((line) => line.name);

describe('GIVEN a server of 1,000 learners, 12 of them with streaks', () => {
  it('WHEN /leaderboard THEN it reads the records of the lines it shows, not the server, and ranks as the whole server would', async () => {
    const { world, reads } = await bigServer();
    const deps = { store: world.store, learners: world.learners, session: undefined as never };
    const everyone = await loadServerLearners(deps, GUILD);
    const expected = buildLeaderboard(everyone, who(9).id, world.clock.now());
    // The first board of a server that had learners before rankings existed ranks them all, once.
    await world.app.progress.leaderboard(who(9));
    reads.learners = 0;

    const board = await world.app.progress.leaderboard(who(9));

    if (board.kind !== 'leaderboard') throw new Error(board.kind);
    expect(reads.learners).toBeLessThanOrEqual(11);
    expect(board.top.map(lineOf)).toEqual(expected.top.map(lineOf));
    expect(namesBeforeLastTie(board.top)).toEqual(namesBeforeLastTie(expected.top));
    expect(board.you).toEqual(expected.you);
    expect(board.total).toBe(1_000);
  });

  it('WHEN two days pass without a completion THEN the broken streaks show 0 and the ranks follow, as the whole server would', async () => {
    const { world, moveTo } = await bigServer();
    await world.app.progress.leaderboard(who(1));
    moveTo('2026-03-06T09:00:00Z');
    await world.study.done(who(12), { text: 'did the next day too', links: [] });

    const board = await world.app.progress.leaderboard(who(12));

    if (board.kind !== 'leaderboard') throw new Error(board.kind);
    const deps = { store: world.store, learners: world.learners, session: undefined as never };
    const expected = buildLeaderboard(await loadServerLearners(deps, GUILD), who(12).id, world.clock.now());
    expect(board.top.map(lineOf)).toEqual(expected.top.map(lineOf));
    expect(namesBeforeLastTie(board.top)).toEqual(namesBeforeLastTie(expected.top));
    expect(board.top[0]).toMatchObject({ name: 'L0012', streak: 1, rank: 1 });
    expect(board.you).toEqual(expected.you);
  });

  it('WHEN a learner opts out, or is forgotten THEN they leave the board and its count at once', async () => {
    const { world } = await bigServer();
    await world.app.progress.leaderboard(who(3));
    await world.app.settings.update(who(1), { leaderboard: 'off' });
    await world.app.privacy.forget(who(2), { askedAt: world.clock.now() });

    const board = await world.app.progress.leaderboard(who(3));

    if (board.kind !== 'leaderboard') throw new Error(board.kind);
    expect(board.top.map((line) => line.name).slice(0, 2)).toEqual(['L0003', 'L0004']);
    expect(board.total).toBe(998);
  });
});

describe('GIVEN learners whose first command in a server created their record', () => {
  it('WHEN the board is read THEN each is ranked there (at zero) from that first command, and counted', async () => {
    const world = progressWorld({ now: at('2026-03-02T12:00:00Z') });
    for (const n of [1, 2, 3]) await world.study.today(who(n));
    await world.study.done(who(2), { text: 'did the first day', links: [] });
    await world.app.settled();
    // Ranked by their first command, before any board was built.
    const ranked = await world.store.rankTop(rankingKey(GUILD), 10);
    expect(ranked.map((entry) => entry.member).sort()).toEqual([who(1).id, who(2).id, who(3).id]);
    const board = await world.app.progress.leaderboard(who(1));
    expect(board).toMatchObject({ kind: 'leaderboard' });
    if (board.kind !== 'leaderboard') return;
    expect(board.top.map((line) => line.name)).toEqual(['L0002', 'L0001', 'L0003']);
    expect(board.total).toBe(3);
  });
});
