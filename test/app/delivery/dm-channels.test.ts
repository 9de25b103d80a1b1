import { describe, expect, it } from 'vitest';
import { dmChannelKey } from '../../../src/app/delivery/dm-channels.js';
import { placeOf } from '../../../src/app/delivery/wheel.js';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { progressWorld } from '../progress/progress-world.js';

const at = (iso: string) => new Date(iso);
const lin = { id: 'discord:7', displayName: 'Lin' };

/** Lin in Berlin on 2026-03-02 at 09:00, before asking for reminders. */
function linsWorld() {
  return progressWorld({ now: at('2026-03-02T08:00:00Z') });
}

describe('GIVEN a learner turning reminders on with /settings', () => {
  it('WHEN the settings are saved THEN the DM channel is opened and kept, so the first reminder costs one request', async () => {
    const world = linsWorld();
    await world.app.settings.update(lin, { timezone: 'Europe/Berlin', reminder: '08:00' });
    expect(world.notifier.calls).toEqual(['open 7']);
    expect(await world.store.get(dmChannelKey('7'))).toBe('dm-7');
    expect(await learnerKeys(world.store, lin.id)).toContain(dmChannelKey('7'));

    await world.tick(at('2026-03-03T07:00:00Z'));

    expect(world.notifier.calls).toEqual(['open 7', 'dm 7']);
    expect(world.notifier.inChannel('dm-7').map((m) => m.at)).toEqual(['2026-03-03T07:00:00.000Z']);
  });

  it('WHEN the DM channel is kept from before THEN turning reminders on again opens nothing', async () => {
    const world = linsWorld();
    await world.app.settings.update(lin, { reminder: '08:00' });
    await world.app.settings.update(lin, { reminder: 'off' });
    await world.app.settings.update(lin, { reminder: '09:30' });
    expect(world.notifier.calls).toEqual(['open 7']);
  });

  it('WHEN only the timezone or the warning changes THEN no DM channel is opened', async () => {
    const world = linsWorld();
    await world.app.settings.update(lin, { timezone: 'Asia/Tokyo', warning: '20' });
    await world.app.settings.update(lin, { reminder: 'off' });
    expect(world.notifier.calls).toEqual([]);
  });
});

describe('GIVEN a learner whose DMs are closed', () => {
  it('WHEN they turn reminders on THEN the reply says so at once, reminders stay off, and no DM is tried at 08:00', async () => {
    const world = linsWorld();
    world.notifier.fail('open:7', {
      kind: 'forbidden',
      detail: '403 50007: Cannot send messages to this user',
    });

    const outcome = await world.app.settings.update(lin, {
      timezone: 'Europe/Berlin',
      reminder: '08:00',
    });

    expect(outcome).toMatchObject({ kind: 'dms-closed', timezone: 'Europe/Berlin', reminderTime: null });
    expect(await world.learners.load(lin.id)).toMatchObject({
      learner: { reminderTime: null, dmBlocked: 'told' },
    });
    expect(await placeOf(world.store, 'remind', lin.id)).toBeNull();
    expect(await world.store.get(dmChannelKey('7'))).toBeUndefined();
    await world.tickEveryMinute('2026-03-03T06:59:00Z', '2026-03-03T07:01:00Z');
    expect(world.notifier.calls).toEqual(['open 7']);
  });

  it('WHEN they open their DMs and run /settings again THEN reminders are on', async () => {
    const world = linsWorld();
    world.notifier.fail('open:7', { kind: 'forbidden', detail: '403 50007' });
    await world.app.settings.update(lin, { reminder: '08:00' });

    expect(await world.app.settings.update(lin, { reminder: '08:00' })).toMatchObject({
      kind: 'settings',
      reminderTime: '08:00',
    });
    expect(await world.learners.load(lin.id)).toMatchObject({ learner: { dmBlocked: 'no' } });
    expect(await placeOf(world.store, 'remind', lin.id)).not.toBeNull();
  });
});
