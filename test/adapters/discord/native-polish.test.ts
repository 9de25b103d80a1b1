import { describe, expect, it } from 'vitest';
import { recallDeckKey } from '../../../src/app/recall/recall-decks.js';
import { serverLearnerIds } from '../../../src/app/storage/server-learners.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';

const registered = (bot: ReturnType<typeof useBot>, name: string): Json => {
  const found = (bot.fake.world.commands.get(FIXTURE.guild) ?? []).find((command) => command.name === name);
  if (found === undefined) throw new Error(`/${name} is not registered`);
  return found;
};
const optionsOf = (command: Json) => command.options as Json[];

describe('GIVEN the bot in a server, its commands deployed', () => {
  const bot = useBot();

  it('WHEN a learner types "kolk" in /settings timezone THEN Discord gets Asia/Kolkata first, at most 25 choices', async () => {
    const typed = bot.fake.interactions.autocomplete({
      name: 'settings',
      options: { timezone: 'kolk' },
      focused: 'timezone',
      userId: FIXTURE.learner,
    });
    const callback = await typed.callback();
    expect(callback.type).toBe(8);
    expect((callback.data?.choices as Json[])[0]).toEqual({ name: 'Asia/Kolkata', value: 'Asia/Kolkata' });
  });

  it('WHEN an admin types "new y" in /coach setup timezone THEN America/New_York is offered', async () => {
    const typed = bot.fake.interactions.autocomplete({
      name: 'coach',
      subcommand: 'setup',
      options: { time: '09:00', timezone: 'new y' },
      focused: 'timezone',
      userId: FIXTURE.admin,
    });
    const choices = (await typed.callback()).data?.choices as Json[];
    expect(choices.map((choice) => choice.value)).toContain('America/New_York');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('WHEN a learner sets Asia/Kolkata THEN it is shown back as typed, not as Asia/Calcutta', async () => {
    const reply = await bot.fake.interactions
      .slash({ name: 'settings', options: { timezone: 'asia/kolkata' }, userId: FIXTURE.learner })
      .reply();
    expect(reply.content).toContain('Asia/Kolkata');
    expect(reply.content).not.toContain('Calcutta');
  });

  it("WHEN reading /day's definition THEN its number is limited to the plan's days, 31-60", () => {
    const [number] = optionsOf(registered(bot, 'day'));
    expect(number).toMatchObject({ name: 'number', min_value: 31, max_value: 60, required: true });
  });

  it('WHEN reading the definitions THEN /today, /progress, /ask and /recall can be installed by a user and used in DMs; /coach stays in servers', () => {
    for (const name of ['today', 'progress', 'ask', 'recall']) {
      expect(registered(bot, name)).toMatchObject({ integration_types: [0, 1], contexts: [0, 1, 2] });
    }
    expect(registered(bot, 'coach')).toMatchObject({ contexts: [0] });
    expect(registered(bot, 'done').integration_types ?? [0]).toEqual([0]);
  });

  it('WHEN a learner uses /today through their own install of the app THEN they get their day, and that server gets no cohort entry', async () => {
    const reply = await bot.fake.interactions
      .slash({ name: 'today', userId: FIXTURE.learner, userInstall: true })
      .reply();
    expect((reply.embeds as Json[])[0]).toMatchObject({ title: 'Day 31 · Spark Architecture' });
    await bot.app.app.settled();
    expect(await serverLearnerIds(bot.store, FIXTURE.guild)).toEqual([]);

    await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    await bot.app.app.settled();
    expect(await serverLearnerIds(bot.store, FIXTURE.guild)).toEqual([`discord:${FIXTURE.learner}`]);
  });
});

describe('GIVEN a learner who completed Day 31 yesterday, and uses the coach through their own install', () => {
  const bot = useBot();
  const learner = { id: `discord:${FIXTURE.learner}`, displayName: 'Lin' };
  const buttonIds = (message: Json | undefined) =>
    ((message?.components as Json[] | undefined) ?? []).flatMap((row) =>
      (row.components as Json[]).map((button) => String(button.custom_id)),
    );

  it.each([
    ['in a server that has not added the coach', { userInstall: true }],
    ['in a DM', { guildId: null, userInstall: true }],
  ] as const)(
    'WHEN they /recall %s, show the answer and rate it THEN each step answers, the card is scheduled, and no server gets a cohort entry',
    async (_, where) => {
      const done = await bot.app.app.study.done(learner, { text: 'Explained the DAG', links: [] });
      expect(done.kind).toBe('done');
      bot.setNow(new Date(START.getTime() + 86_400_000));
      const use = { userId: FIXTURE.learner, ...where };

      const card = await bot.fake.interactions.slash({ name: 'recall', ...use }).reply();
      expect(card.content).toMatch(
        /^Day 31: explain Spark's distributed computing model in your own words\./,
      );
      expect(buttonIds(card)).toEqual(['recall:show:31:objective']);

      const shown = await bot.fake.interactions
        .button({ customId: 'recall:show:31:objective', message: card, ...use })
        .callback();
      expect(shown.type).toBe(7);
      expect(String(shown.data?.content)).toContain('Answer from Day 31 · Spark Architecture:');

      const rated = await bot.fake.interactions
        .button({ customId: 'recall:rate:good:31:objective', message: card, ...use })
        .callback();
      expect(rated.type).toBe(7);
      expect(String(rated.data?.content)).toMatch(/^Rated good\. Day 31's card comes back <t:\d+:R>\./);
      const deck = (await bot.store.get(recallDeckKey(learner.id))) as {
        data: { logs: { cardId: string }[] };
      };
      expect(deck.data.logs.map((log) => log.cardId)).toEqual(['31:objective']);
      await bot.app.app.settled();
      expect(await serverLearnerIds(bot.store, FIXTURE.guild)).toEqual([]);
    },
  );
});
