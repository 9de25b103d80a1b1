import { noteServerLearner } from '../../../src/app/storage/server-learners.js';
import { describe, expect, it } from 'vitest';
import { progressWorld } from './progress-world.js';

const at = (iso: string) => new Date(iso);
const learner = (id: string, displayName: string) => ({ id: `discord:${id}`, displayName });
const [ada, bo, cy, dee] = [learner('1', 'Ada'), learner('2', 'Bo'), learner('3', 'Cy'), learner('4', 'Dee')];

/** Ada 3 days, Bo 2 and opted out, Cy 1 in g1; Dee 4 days, but only ever in g2. */
async function server() {
  const world = progressWorld({ now: at('2026-03-02T12:00:00Z') });
  const days: [typeof ada, string][] = [
    [ada, 'g1'],
    [bo, 'g1'],
    [cy, 'g1'],
    [dee, 'g2'],
  ];
  for (const [who, guild] of days) await noteServerLearner(world.store, guild, who.id);
  for (const [day, doers] of [
    ['2026-03-02', [ada, bo, cy, dee]],
    ['2026-03-03', [ada, bo, dee]],
    ['2026-03-04', [ada, dee]],
    ['2026-03-05', [dee]],
  ] as const) {
    world.setNow(at(`${day}T12:00:00Z`));
    for (const who of doers) await world.study.done(who, { text: `did it on ${day}`, links: [] });
  }
  expect(await world.app.settings.update(bo, { leaderboard: 'off' })).toMatchObject({
    leaderboard: false,
  });
  return world;
}

describe('GIVEN a server with an opted-out learner', () => {
  it("WHEN Cy asks for the leaderboard THEN the server's learners by streak, Bo never on it, Dee from another server neither", async () => {
    const world = await server();
    const outcome = await world.app.progress.leaderboard({ ...cy, serverId: 'g1' });
    if (outcome.kind !== 'leaderboard') throw new Error(outcome.kind);
    expect(outcome.top.map((line) => [line.rank, line.name, line.streak, line.daysDone])).toEqual([
      [1, 'Ada', 3, 3],
      [2, 'Cy', 0, 1],
    ]);
    expect(outcome.you).toMatchObject({ name: 'Cy', rank: 2 });
    expect(outcome.total).toBe(2);
  });

  it('WHEN Bo asks THEN Bo is told they are hidden; after opting back in they appear', async () => {
    const world = await server();
    expect(await world.app.progress.leaderboard({ ...bo, serverId: 'g1' })).toMatchObject({
      you: 'opted-out',
      total: 2,
    });
    await world.app.settings.update(bo, { leaderboard: 'on' });
    expect(await world.app.progress.leaderboard({ ...bo, serverId: 'g1' })).toMatchObject({
      you: { name: 'Bo', rank: 2 },
      total: 3,
    });
  });

  it('WHEN asked outside a server THEN it is a server feature', async () => {
    const world = await server();
    expect(await world.app.progress.leaderboard(ada)).toEqual({ kind: 'not-in-server' });
  });

  it('WHEN a bad switch is given THEN nothing changes', async () => {
    const world = await server();
    expect(await world.app.settings.update(ada, { leaderboard: 'maybe', warning: '20' })).toEqual({
      kind: 'bad-switch',
      input: 'maybe',
    });
    const loaded = await world.learners.load(ada.id);
    expect(
      loaded.kind === 'found' && [loaded.learner.leaderboardOptOut, loaded.learner.streakWarningHour],
    ).toEqual([false, null]);
  });
});
