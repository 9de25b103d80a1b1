import { describe, expect, it } from 'vitest';
import { recallDeckKey } from '../../../src/app/recall/recall-decks.js';
import { textReply } from '../../support/fake-anthropic.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, useBot } from './bot-session.js';
import { useFakeAnthropic, userText } from './coaching-support.js';

const learner = { id: `discord:${FIXTURE.learner}`, displayName: 'Lin' };
const DAY = 86_400_000;

const buttonsOf = (message: Json | undefined) =>
  ((message?.components as Json[] | undefined) ?? []).flatMap((row) =>
    (row.components as Json[]).map((button) => ({ label: button.label, custom_id: button.custom_id })),
  );

describe('GIVEN a learner in Discord who completed Day 31 yesterday', () => {
  const bot = useBot();
  const click = (customId: string) => bot.fake.interactions.button({ customId, userId: FIXTURE.learner });

  async function dayDoneYesterday() {
    const done = await bot.app.app.study.done(learner, { text: 'Explained the DAG', links: [] });
    expect(done.kind).toBe('done');
    bot.setNow(new Date(START.getTime() + DAY));
  }

  it('WHEN they /recall, show the answer and rate it THEN the card, the material, the next date and the next card follow', async () => {
    await dayDoneYesterday();
    const card = await bot.fake.interactions.slash({ name: 'recall', userId: FIXTURE.learner }).callback();
    expect(card.type).toBe(4);
    expect(card.data).toMatchObject({ flags: 64 });
    expect(card.data?.content).toBe(
      "Day 31: explain Spark's distributed computing model in your own words.\n(Day 31 · Spark Architecture · 4 cards left today)",
    );
    expect(buttonsOf(card.data)).toEqual([{ label: 'Show answer', custom_id: 'recall:show:31:objective' }]);

    const shown = await click('recall:show:31:objective').callback();
    expect(shown.type).toBe(7);
    expect(shown.data?.content).toMatch(
      /^Day 31: explain Spark's distributed computing model in your own words\.\n\nAnswer from Day 31 · Spark Architecture:\nObjective: Understand Spark's distributed computing model\n/,
    );
    expect(String(shown.data?.content).length).toBeLessThanOrEqual(2000);
    expect(buttonsOf(shown.data).map((button) => button.custom_id)).toEqual([
      'recall:rate:again:31:objective',
      'recall:rate:hard:31:objective',
      'recall:rate:good:31:objective',
      'recall:rate:easy:31:objective',
    ]);

    const rated = await click('recall:rate:good:31:objective').callback();
    expect(rated.type).toBe(7);
    const tenMinutes = Math.floor((START.getTime() + DAY + 10 * 60_000) / 1000);
    expect(rated.data?.content).toBe(
      `Rated good. Day 31's card comes back <t:${tenMinutes}:R>.\n\n` +
        "Day 31: explain Spark's lazy evaluation and DAG execution in your own words.\n(Day 31 · Spark Architecture · 3 cards left today)",
    );
    expect(buttonsOf(rated.data)).toEqual([{ label: 'Show answer', custom_id: 'recall:show:31:checkpoint' }]);

    // The same rating button pressed again changes nothing.
    const again = await click('recall:rate:good:31:objective').callback();
    expect(again.data?.content).toMatch(/^That card is already rated for now/);
    const deck = (await bot.store.get(recallDeckKey(learner.id))) as { data: { logs: { cardId: string }[] } };
    expect(deck.data.logs.map((log) => log.cardId)).toEqual(['31:objective']);
  });

  it('WHEN they /recall before completing any day THEN they hear how cards are made, with no buttons', async () => {
    const reply = await bot.fake.interactions.slash({ name: 'recall', userId: FIXTURE.learner }).reply();
    expect(reply.content).toBe(
      'No recall cards yet: each day you complete adds its cards here. /today shows your day.',
    );
    expect(buttonsOf(reply)).toEqual([]);
  });

  it('WHEN they /today with cards due THEN one line says how many and how long', async () => {
    await dayDoneYesterday();
    const reply = await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    expect(reply.content).toContain('4 cards to recall, about 6 minutes (/recall).');
  });
});

describe('GIVEN a learner in Discord with the AI coach on (real SDK, local Messages API)', () => {
  const anthropic = useFakeAnthropic();
  const bot = useBot({ coach: anthropic.coach });

  it('WHEN they type their answer first THEN the coach compares it with the day, then the material and the ratings show', async () => {
    await bot.app.app.study.done(learner, { text: 'Explained the DAG', links: [] });
    bot.setNow(new Date(START.getTime() + DAY));
    const reply = await bot.fake.interactions.slash({ name: 'recall', userId: FIXTURE.learner }).reply();
    expect(buttonsOf(reply)).toEqual([
      { label: 'Show answer', custom_id: 'recall:show:31:objective' },
      { label: 'Type my answer first', custom_id: 'recall:answer:31:objective' },
    ]);

    const form = await bot.fake.interactions
      .button({ customId: 'recall:answer:31:objective', userId: FIXTURE.learner, message: reply })
      .callback();
    expect(form.type).toBe(9);
    expect(form.data).toMatchObject({ custom_id: 'recall-answer:31:objective', title: 'Recall: Day 31' });

    anthropic.fake().reply(textReply(['Right about the driver; ', 'you missed lazy evaluation.']));
    const submitted = bot.fake.interactions.modal({
      customId: 'recall-answer:31:objective',
      fields: { answer: 'A driver hands tasks to executors. @everyone' },
      userId: FIXTURE.learner,
      message: reply,
    });
    const shown = await submitted.reply(5_000);
    expect(shown.content).toMatch(
      /^Day 31: explain Spark's distributed computing model in your own words\.\n\nCoach's feedback: Right about the driver; you missed lazy evaluation\.\n\(4 AI answers left today\)\n\nAnswer from Day 31 · Spark Architecture:/,
    );
    expect(buttonsOf(shown).map((button) => button.label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    const request = anthropic.fake().requests.at(-1);
    expect(userText(request?.body)).toContain(
      '<learner_answer>\nA driver hands tasks to executors. @everyone\n</learner_answer>',
    );
  });
});
