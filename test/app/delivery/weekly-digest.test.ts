import { describe, expect, it } from 'vitest';
import { progressWorld } from '../progress/progress-world.js';

const userId = '4242';
const who = { id: `discord:${userId}`, displayName: 'Lin' };
const at = (iso: string) => new Date(iso);

/** Reminders at 08:00 UTC; Days 31-32 done on Tue 03-03 and Wed 03-04, three cards rated on 03-05. */
async function busyWeek(optIn: boolean) {
  const world = progressWorld({ now: at('2026-03-03T07:00:00Z') });
  await world.study.done(who, { text: 'day 31', links: [] });
  await world.app.settings.update(who, { timezone: 'UTC', reminder: '08:00' });
  world.setNow(at('2026-03-04T07:00:00Z'));
  await world.study.done(who, { text: 'day 32', links: [] });
  world.setNow(at('2026-03-05T07:00:00Z'));
  for (let i = 0; i < 3; i += 1) {
    const next = await world.app.recall.next(who);
    if (next.kind !== 'card') throw new Error(next.kind);
    await world.app.recall.rate(who, next.card.id, 'easy');
  }
  if (optIn) await world.app.reminders.setDigest(who, true);
  return world;
}

const digestsIn = (world: Awaited<ReturnType<typeof busyWeek>>) =>
  world.notifier.inChannel(`dm-${userId}`).filter((dm) => dm.text?.startsWith('Your week with the coach:'));

describe('GIVEN a learner who opted in to the weekly digest and had a busy week', () => {
  it('WHEN Monday 08:00 comes (and the pass runs again) THEN one digest DM sums up the week and names what is next', async () => {
    const world = await busyWeek(true);
    await world.tick(at('2026-03-09T08:00:00Z'));
    await world.tick(at('2026-03-09T08:01:00Z'));
    const digests = digestsIn(world);
    expect(digests.map((dm) => dm.text)).toEqual([
      [
        'Your week with the coach:',
        'Days done: 2',
        'Streak: 0 days',
        'Cards recalled: 3',
        'Next: Day 33 · DataFrames Introduction (/today).',
        '-# /digest off stops these.',
      ].join('\n'),
    ]);
  });

  it('WHEN it is not Monday THEN no digest; WHEN they opted out THEN none either', async () => {
    const world = await busyWeek(true);
    await world.tick(at('2026-03-06T08:00:00Z'));
    expect(world.notifier.inChannel(`dm-${userId}`).some((dm) => dm.at.startsWith('2026-03-06'))).toBe(true);
    expect(digestsIn(world)).toEqual([]);
    await world.app.reminders.setDigest(who, false);
    await world.tick(at('2026-03-09T08:00:00Z'));
    expect(digestsIn(world)).toEqual([]);
  });
});

describe('GIVEN a learner who never opted in', () => {
  it('WHEN Monday comes THEN no digest is sent', async () => {
    const world = await busyWeek(false);
    await world.tick(at('2026-03-09T08:00:00Z'));
    expect(digestsIn(world)).toEqual([]);
  });
});

describe('GIVEN an opted-in learner whose week had nothing in it', () => {
  it('WHEN the next Monday comes THEN the digest is skipped', async () => {
    const world = await busyWeek(true);
    await world.tick(at('2026-03-16T08:00:00Z'));
    // The reminder turn ran that Monday (its reminder went out); the digest had nothing to say.
    expect(world.notifier.inChannel(`dm-${userId}`).some((dm) => dm.at.startsWith('2026-03-16'))).toBe(true);
    expect(digestsIn(world)).toEqual([]);
  });
});
