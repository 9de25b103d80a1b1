import { describe, expect, it } from 'vitest';
import { digestOptInKey } from '../../../src/app/delivery/weekly-digest.js';
import { FIXTURE } from '../../support/fake-discord/index.js';
import { useBot } from './bot-session.js';

describe('GIVEN a learner in Discord', () => {
  const bot = useBot();
  const digest = (state: string) =>
    bot.fake.interactions.slash({ name: 'digest', options: { state }, userId: FIXTURE.learner }).reply();

  it('WHEN they /digest on, then off THEN they are told what it does, and the opt-in is stored then removed', async () => {
    expect((await digest('on')).content).toMatch(/^Weekly digest on: a DM on Mondays at your reminder time/);
    expect(await bot.store.get(digestOptInKey(`discord:${FIXTURE.learner}`))).toBe(true);
    expect((await digest('off')).content).toBe('Weekly digest off.');
    expect(await bot.store.get(digestOptInKey(`discord:${FIXTURE.learner}`))).toBeUndefined();
  });
});
