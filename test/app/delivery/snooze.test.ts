import { describe, expect, it } from 'vitest';
import { snoozeKey } from '../../../src/app/delivery/snooze.js';
import { progressWorld, tracesOf } from '../progress/progress-world.js';

const userId = '4242';
const who = { id: `discord:${userId}`, displayName: 'Lin' };
const at = (iso: string) => new Date(iso);

/** A learner with a 08:00 UTC reminder and a 20:00 streak warning, Day 31 done on 03-02; reminded on 03-03 08:00. */
async function reminded() {
  const world = progressWorld({ now: at('2026-03-02T07:00:00Z') });
  await world.study.done(who, { text: 'day 31', links: [] });
  await world.app.settings.update(who, { timezone: 'UTC', reminder: '08:00', warning: '20' });
  await world.tick(at('2026-03-03T08:00:00Z'));
  expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(1);
  world.setNow(at('2026-03-03T08:05:00Z'));
  return world;
}

describe('GIVEN a learner who got their DM reminder at 08:00', () => {
  it('WHEN they press "Remind me in 2 hours" (twice) THEN exactly one more reminder comes at 10:05, and tomorrow as usual', async () => {
    const world = await reminded();
    expect(await world.app.reminders.snooze(who, '2026-03-03')).toEqual({
      kind: 'snoozed',
      at: at('2026-03-03T10:05:00Z'),
    });
    expect(await world.app.reminders.snooze(who, '2026-03-03')).toEqual({ kind: 'already-snoozed' });
    await world.tickEveryMinute('2026-03-03T08:05:00Z', '2026-03-03T10:04:00Z');
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(1);
    await world.tickEveryMinute('2026-03-03T10:05:00Z', '2026-03-03T10:30:00Z');
    const dms = world.notifier.inChannel(`dm-${userId}`);
    expect(dms.map((dm) => [dm.day, dm.at])).toEqual([
      [32, '2026-03-03T08:00:00.000Z'],
      [32, '2026-03-03T10:05:00.000Z'],
    ]);
    expect(await world.store.get(snoozeKey(who.id))).toBeUndefined();
    await world.tick(at('2026-03-04T08:00:00Z'));
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(3);
  });

  it('WHEN the process dies right after sending the snoozed reminder THEN the restart finds it and sends nothing more', async () => {
    const world = await reminded();
    await world.app.reminders.snooze(who, '2026-03-03');
    world.notifier.fail(userId, { kind: 'crash-after-send' });
    await world.tick(at('2026-03-03T10:05:00Z'));
    await world.tickEveryMinute('2026-03-03T10:06:00Z', '2026-03-03T10:20:00Z');
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(2);
    expect(await world.store.get(snoozeKey(who.id))).toBeUndefined();
  });

  it('WHEN they complete the day before the snooze is due THEN no second reminder comes', async () => {
    const world = await reminded();
    await world.app.reminders.snooze(who, '2026-03-03');
    await world.study.done(who, { text: 'day 32', links: [] });
    await world.tickEveryMinute('2026-03-03T10:00:00Z', '2026-03-03T10:10:00Z');
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(1);
  });

  it('WHEN they press "Skip today" THEN no snooze and no streak warning that day; the next day is as usual', async () => {
    const world = await reminded();
    await world.app.reminders.snooze(who, '2026-03-03');
    await world.app.reminders.skipToday(who, '2026-03-03');
    expect(await world.app.reminders.snooze(who, '2026-03-03')).toEqual({ kind: 'skipped-today' });
    await world.tickEveryMinute('2026-03-03T10:00:00Z', '2026-03-03T10:10:00Z');
    await world.tick(at('2026-03-03T20:00:00Z'));
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(1);
    await world.tick(at('2026-03-04T08:00:00Z'));
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(2);
  });

  it('WHEN they snoozed (and it went out), skipped, and then /forget-me THEN nothing of theirs is left', async () => {
    const world = await reminded();
    await world.app.reminders.snooze(who, '2026-03-03');
    await world.tick(at('2026-03-03T10:05:00Z'));
    await world.app.reminders.skipToday(who, '2026-03-03');
    await world.app.reminders.setDigest(who, true);
    expect(world.notifier.inChannel(`dm-${userId}`)).toHaveLength(2);
    const exported = await world.app.privacy.exportData(who);
    if (exported.kind !== 'export') throw new Error(exported.kind);
    expect(Object.keys(exported.data.records)).toEqual(
      expect.arrayContaining(['skip-day:discord:4242:2026-03-03', 'digest:discord:4242']),
    );
    expect(await world.app.privacy.forget(who)).toMatchObject({ kind: 'forgotten' });
    expect(await tracesOf(world.store, [who.id, userId])).toEqual([]);
  });
});
