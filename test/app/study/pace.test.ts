import { describe, expect, it } from 'vitest';
import { learnerKey } from '../../../src/app/storage/learners.js';
import { progressWorld } from '../progress/progress-world.js';

const who = { id: 'console:ada', displayName: 'Ada' };
const at = (iso: string) => new Date(iso);

describe('GIVEN a learner who has done nothing yet', () => {
  it('WHEN they /shift THEN they are told why, and their record is exactly as before', async () => {
    const world = progressWorld({ now: at('2026-03-05T12:00:00Z') });
    await world.study.today(who);
    const before = await world.store.get(learnerKey(who.id));
    world.setNow(at('2026-03-09T12:00:00Z'));
    expect(await world.app.pace.shift(who)).toEqual({ kind: 'nothing-done' });
    expect(await world.store.get(learnerKey(who.id))).toEqual(before);
  });
});

describe('GIVEN a learner who is not paused', () => {
  it('WHEN they /resume THEN they are told there is nothing to resume, and nothing changes', async () => {
    const world = progressWorld({ now: at('2026-03-05T12:00:00Z') });
    await world.study.done(who, { text: 'Explained the DAG', links: [] });
    const before = await world.store.get(learnerKey(who.id));
    expect(await world.app.pace.resume(who)).toEqual({ kind: 'not-paused' });
    expect(await world.store.get(learnerKey(who.id))).toEqual(before);
  });
});

describe('GIVEN a learner three days behind', () => {
  const behindWorld = async () => {
    const world = progressWorld({ now: at('2026-03-02T12:00:00Z') });
    await world.study.done(who, { text: 'Explained the DAG', links: [] });
    world.setNow(at('2026-03-06T12:00:00Z'));
    return world;
  };

  it('WHEN they /shift THEN their calendar starts again today with their current day and they are on pace', async () => {
    const world = await behindWorld();
    const outcome = await world.app.pace.shift(who);
    expect(outcome).toMatchObject({
      kind: 'shifted',
      wasBehind: 3,
      day: { day: { day: 32 } },
      standing: { behind: 0 },
    });
    const again = await world.app.pace.shift(who);
    expect(again).toEqual({ kind: 'not-behind', behind: 0 });
  });

  it('WHEN they /pause, /pause again, and /resume two days later THEN still three behind, and the streak was never broken by the pause', async () => {
    const world = await behindWorld();
    expect(await world.app.pace.pause(who)).toEqual({ kind: 'paused', since: '2026-03-06' });
    expect(await world.app.pace.pause(who)).toEqual({ kind: 'already-paused', since: '2026-03-06' });
    world.setNow(at('2026-03-08T12:00:00Z'));
    const resumed = await world.app.pace.resume(who);
    expect(resumed).toMatchObject({ kind: 'resumed', pausedDays: 2, standing: { behind: 3 } });
  });
});
