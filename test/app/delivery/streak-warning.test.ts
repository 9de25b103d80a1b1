import { describe, expect, it } from 'vitest';
import { minuteOf, placeOf } from '../../../src/app/delivery/wheel.js';
import { nextStreakWarningAt } from '../../../src/core/schedule/learner-slots.js';
import { createDmChannels } from '../../../src/app/delivery/dm-channels.js';
import { runStreakWarning, type StreakWarningsDeps } from '../../../src/app/delivery/streak-warning.js';
import { renderStreakWarning } from '../../../src/presenters/text/recap-text.js';
import { FakeNotifier } from './daily-posts-fixture.js';
import { progressWorld, silent } from '../progress/progress-world.js';

const at = (iso: string) => new Date(iso);
const ada = { id: 'discord:1', displayName: 'Ada' };

/** Ada in Berlin with a 3-day streak through 03-04 and the warning at 20:00. */
async function warnedWorld(warning = '20') {
  const world = progressWorld({ now: at('2026-03-02T08:00:00Z') });
  await world.app.settings.update(ada, { timezone: 'Europe/Berlin', warning });
  for (const day of ['02', '03', '04']) {
    world.setNow(at(`2026-03-${day}T08:00:00Z`));
    await world.study.done(ada, { text: `did it on ${day}`, links: [] });
  }
  const notifier = new FakeNotifier(() => world.clock.now());
  const deps: StreakWarningsDeps = {
    ...world,
    notifier,
    dms: createDmChannels({ store: world.store, notifier }),
    logger: silent,
    texts: { streakWarning: renderStreakWarning },
  };
  const run = async (iso: string) => {
    world.setNow(at(iso));
    return runStreakWarning(deps, ada.id, world.clock.now());
  };
  return { world, notifier, run };
}

describe('GIVEN a Berlin learner with a streak and the warning at 20:00', () => {
  it('WHEN the pass runs before 20:00 THEN nothing is sent, and the next look is at 20:00', async () => {
    const { notifier, run } = await warnedWorld();
    expect(await run('2026-03-05T18:00:00Z')).toMatchObject({
      kind: 'not-due',
      reason: 'not-yet',
      next: at('2026-03-05T19:00:00Z'),
    });
    expect(notifier.messages).toEqual([]);
  });

  it('WHEN the pass runs at 20:00 and again at 20:05 THEN one DM, naming the streak, the hours left and the day', async () => {
    const { notifier, run } = await warnedWorld();
    expect(await run('2026-03-05T19:00:00Z')).toMatchObject({
      kind: 'delivery',
      localDate: '2026-03-05',
      delivery: { kind: 'sent' },
    });
    expect(await run('2026-03-05T19:05:00Z')).toMatchObject({
      kind: 'delivery',
      delivery: { kind: 'already-sent' },
    });
    expect(notifier.messages.map((m) => [m.channelId, m.text])).toEqual([
      [
        'dm-1',
        "Your 3-day streak ends in 4 hours. Today's task is Day 34 · Data Sources and Formats: /today shows it.",
      ],
    ]);
  });

  it('WHEN the day is done before 20:00 THEN no warning', async () => {
    const { world, notifier, run } = await warnedWorld();
    world.setNow(at('2026-03-05T08:00:00Z'));
    await world.study.done(ada, { text: 'did it', links: [] });
    expect(await run('2026-03-05T19:00:00Z')).toMatchObject({ kind: 'not-due', reason: 'not-at-risk' });
    expect(notifier.messages).toEqual([]);
  });

  it('WHEN the learner is paused THEN no warning', async () => {
    const { world, run } = await warnedWorld();
    await world.app.pace.pause(ada);
    expect(await run('2026-03-05T19:00:00Z')).toMatchObject({ kind: 'not-due', reason: 'not-at-risk' });
  });

  it('WHEN their DMs are closed THEN the warning is switched off after that one try', async () => {
    const { world, notifier, run } = await warnedWorld();
    notifier.fail('1', { kind: 'forbidden', detail: 'Cannot send messages to this user' });
    notifier.fail('dm-1', { kind: 'forbidden', detail: 'Cannot send messages to this user' });
    expect(await run('2026-03-05T19:00:00Z')).toMatchObject({
      kind: 'delivery',
      delivery: { kind: 'refused' },
      next: null,
    });
    const loaded = await world.learners.load(ada.id);
    expect(loaded.kind === 'found' && loaded.learner.streakWarningHour).toBeNull();
  });
});

describe('GIVEN the warning set with /settings and the scheduler ticking every minute', () => {
  const dmsAt = (world: Awaited<ReturnType<typeof warnedWorld>>['world']) =>
    world.notifier.messages.filter((m) => m.channelId === 'dm-1').map((m) => m.at);

  it('WHEN 20:00 Berlin comes THEN one DM, at 20:00, and the learner waits in the wheel for tomorrow', async () => {
    const { world } = await warnedWorld();
    await world.tickEveryMinute('2026-03-05T18:50:00Z', '2026-03-05T19:10:00Z');
    expect(dmsAt(world)).toEqual(['2026-03-05T19:00:00.000Z']);
    expect(await placeOf(world.store, 'warn', ada.id)).toBe(minuteOf(at('2026-03-06T19:00:00Z')));
  });

  it('WHEN the hour moves to 21 THEN the warning comes at 21:00 instead; WHEN turned off THEN the learner leaves the wheel', async () => {
    const { world } = await warnedWorld();
    world.setNow(at('2026-03-05T08:00:00Z'));
    await world.app.settings.update(ada, { warning: '21' });
    await world.tickEveryMinute('2026-03-05T18:55:00Z', '2026-03-05T20:05:00Z');
    expect(dmsAt(world)).toEqual(['2026-03-05T20:00:00.000Z']);

    await world.app.settings.update(ada, { warning: 'off' });
    expect(await placeOf(world.store, 'warn', ada.id)).toBeNull();
  });

  it('WHEN the process dies right after the DM went out THEN the next pass finds it and sends nothing more', async () => {
    const { world } = await warnedWorld();
    world.notifier.fail('dm-1', { kind: 'crash-after-send' });
    await world.tickEveryMinute('2026-03-05T18:59:00Z', '2026-03-05T19:15:00Z');
    expect(dmsAt(world)).toEqual(['2026-03-05T19:00:00.000Z']);
    expect(world.notifier.calls.filter((call) => call.startsWith('find'))).toEqual(['find dm-1']);
  });

  it('WHEN they /forget-me THEN they leave the warning wheel too, and nothing is sent at 20:00', async () => {
    const { world } = await warnedWorld();
    await world.app.privacy.forget(ada);
    expect(await placeOf(world.store, 'warn', ada.id)).toBeNull();
    await world.tickEveryMinute('2026-03-05T18:59:00Z', '2026-03-05T19:01:00Z');
    expect(world.notifier.messages).toEqual([]);
  });
});

describe('nextStreakWarningAt', () => {
  it.each([
    ['the evening before spring-forward', '2026-03-28T20:00:00Z', '2026-03-29T18:00:00.000Z'],
    ['an ordinary winter evening', '2026-03-05T20:00:00Z', '2026-03-06T19:00:00.000Z'],
  ])(
    'GIVEN a Berlin learner warned at 20:00 WHEN it is %s THEN the next slot is local 20:00',
    async (_case, now, next) => {
      const { world } = await warnedWorld();
      const loaded = await world.learners.load(ada.id);
      if (loaded.kind !== 'found') throw new Error(loaded.kind);
      expect(nextStreakWarningAt(loaded.learner, at(now))?.toISOString()).toBe(next);
      expect(nextStreakWarningAt({ ...loaded.learner, streakWarningHour: null }, at(now))).toBeNull();
    },
  );
});
