import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';

const SORRY = 'Something went wrong on my side; your progress is safe. Try again in a moment.';

/** A store whose learner records cannot be read. */
const brokenLearners = (store: Store): Store => ({
  ...store,
  get: async (key) => {
    if (key.startsWith('learner:')) throw new Error('disk on fire');
    return store.get(key);
  },
});

/** A store that takes 250 ms for every read. */
const slow = (store: Store): Store => ({
  ...store,
  get: async (key) => {
    await sleep(250);
    return store.get(key);
  },
});

describe('GIVEN a store that fails', () => {
  const bot = useBot({ store: brokenLearners });

  it('WHEN /today THEN the one error handler answers briefly and privately, and logs with context but no token', async () => {
    const callback = await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).callback();
    expect(callback.type).toBe(4);
    expect(callback.data).toMatchObject({ content: SORRY, flags: 64 });
    const logged = bot.logs.find((line) => line.message === 'interaction failed');
    expect(logged?.context).toMatchObject({
      command: 'today',
      userId: FIXTURE.learner,
      guildId: FIXTURE.guild,
    });
    expect(String((logged?.context?.error as Error).message)).toBe('disk on fire');
    expect(JSON.stringify(bot.logs)).not.toContain(bot.fake.token);
  });
});

describe('GIVEN a slow store', () => {
  const bot = useBot({ store: slow, deferAfterMs: 100 });

  it('WHEN /today THEN the reply is deferred at once (privately) and filled in when ready', async () => {
    const used = bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
    const callback = await used.callback();
    expect(callback.type).toBe(5);
    expect(callback.data?.flags).toBe(64);
    const reply = await used.reply(5000);
    expect((reply.embeds as { title: string }[])[0]?.title).toBe('Day 31 · Spark Architecture');
  });

  it('WHEN Mark done THEN the form opens anyway (a form must be the first answer) and the submission decides', async () => {
    const callback = await bot.fake.interactions
      .button({ customId: 'day:done:31', userId: FIXTURE.learner })
      .callback();
    expect(callback.type).toBe(9);
  });

  it('WHEN /help (no store needed) THEN answered directly', async () => {
    expect(
      (await bot.fake.interactions.slash({ name: 'help', userId: FIXTURE.learner }).callback()).type,
    ).toBe(4);
  });
});

describe('GIVEN a slow store that then fails', () => {
  const bot = useBot({ store: (store) => slow(brokenLearners(store)), deferAfterMs: 100 });

  it('WHEN /today THEN deferred, then the deferred reply says sorry', async () => {
    const used = bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
    expect((await used.callback()).type).toBe(5);
    expect((await used.reply(5000)).content).toBe(SORRY);
  });
});
