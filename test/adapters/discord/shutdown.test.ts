import { describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { RESTARTING } from '../../../src/adapters/discord/error-handler.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';

// Learner reads wait here until the test lets them through: a /today stays in flight.
let letThrough: () => void = () => {};
let held = new Promise<void>((resolve) => (letThrough = resolve));
const gated = (store: Store): Store => ({
  ...store,
  get: async (key) => {
    if (key.startsWith('learner:')) await held;
    return store.get(key);
  },
});

describe('GIVEN the bot answering a /today when it is told to stop', () => {
  const bot = useBot({ store: gated, deferAfterMs: 100 });

  it('WHEN another command arrives while it stops THEN that one is told to try again in a minute, and the /today in flight is still answered', async () => {
    held = new Promise<void>((resolve) => (letThrough = resolve));
    const today = bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner });
    await today.callback();

    const stopping = bot.app.bot.stop(5_000);
    const late = bot.fake.interactions.slash({ name: 'help', userId: FIXTURE.learner });
    const refused = await late.reply();
    letThrough();
    const answered = await today.reply();
    await stopping;

    expect(refused.content).toBe(RESTARTING);
    expect(String(answered.content ?? '') + JSON.stringify(answered.embeds ?? [])).toContain('Day 31');
  });
});
