import { describe, expect, it } from 'vitest';
import { learnerKeys } from '../../../src/app/storage/learner-keys.js';
import { progressWorld } from '../progress/progress-world.js';

const ada = { id: 'discord:77', displayName: 'Ada', serverId: 'g1' };

/** What the store holds for Ada: every key that names her, with its value, members, claim and counter. */
async function storedBytes(world: ReturnType<typeof progressWorld>): Promise<number> {
  const { store } = world;
  let bytes = 0;
  for (const key of store.touched) {
    const value = await store.get(key);
    const members = await store.setMembers(key);
    const owner = await store.claimOwner(key);
    const count = await store.counter(key);
    const held = value !== undefined || members.length > 0 || owner !== undefined || count !== 0;
    const text = JSON.stringify(value ?? null) + members.join('') + (owner ?? '');
    if (held && (key.includes('77') || text.includes('77')))
      bytes += key.length + text.length + String(count).length;
  }
  return bytes;
}

describe('GIVEN a learner reminded by DM every morning for 30 days', () => {
  it('WHEN the leader sweeps after each pass THEN what is stored for them on day 30 is within 1.3x of day 2, and their key registry does not grow', async () => {
    const world = progressWorld({ now: new Date('2026-06-01T08:00:00Z') });
    await world.study.today(ada);
    expect(await world.app.settings.update(ada, { reminder: '09:00' })).toMatchObject({
      reminderTime: '09:00',
    });
    const sizes: number[] = [];
    const registry: number[] = [];
    for (let day = 1; day <= 30; day++) {
      const nine = new Date(Date.UTC(2026, 5, day, 9, 0, 0));
      await world.tick(nine);
      await world.store.sweepExpired(500);
      sizes.push(await storedBytes(world));
      registry.push((await learnerKeys(world.store, ada.id)).length);
    }

    expect(world.notifier.messages).toHaveLength(30);
    const [dayTwo, dayThirty] = [sizes[1] ?? 0, sizes[29] ?? 0];
    expect(dayThirty / dayTwo).toBeLessThanOrEqual(1.3);
    expect(registry[29]).toBe(registry[1]);
  });
});
