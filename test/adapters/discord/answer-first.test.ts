import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';

/** A store whose writes to the per-server learner sets wait until the test lets them through. */
function holdingServerSets(store: Store, gate: Promise<void>): Store {
  return {
    ...store,
    addToSet: async (key, member) => {
      if (key.startsWith('server-learners:')) await gate;
      return store.addToSet(key, member);
    },
  };
}

describe('GIVEN the bookkeeping of who used the coach in a server is slow', () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const bot = useBot({ store: (store) => holdingServerSets(store, gate) });

  it('WHEN a learner sends /today THEN the answer comes first and the learner is noted for the server after it', async () => {
    const used = bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
    const callback = await used.callback();
    expect(callback.type).toBe(4);
    expect(await bot.store.setMembers(`server-learners:${FIXTURE.guild}`)).toEqual([]);

    release();
    await expect
      .poll(() => bot.store.setMembers(`server-learners:${FIXTURE.guild}`))
      .toEqual([`discord:${FIXTURE.learner}`]);
  });
});
