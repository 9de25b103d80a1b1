import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { setUpCoachModel, type CoachWiring } from '../../../src/entry/ai-coach-setup.js';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot, type BotSession } from './bot-session.js';

const customIds = (message: Json) =>
  (message.components as Json[]).flatMap((row) =>
    (row.components as Json[]).map((button) => button.custom_id),
  );

/** The coach the entry point sets up from the environment, as `runDiscord` does. */
function useCoachFromEnv(env: Record<string, string>): () => CoachWiring {
  let wiring: CoachWiring | undefined;
  beforeAll(async () => {
    const parsed = parseConfig(env);
    if (parsed.kind !== 'ok') throw new Error(parsed.message);
    const setup = await setUpCoachModel(parsed.config);
    if (setup.kind !== 'ok') throw new Error(setup.message);
    wiring = setup;
  });
  return () => wiring ?? raise('the coach is set up in beforeAll');
}

/** The day post the scheduler makes once the server is set up, and the learner's /today. */
async function postAndToday(bot: BotSession): Promise<{ post: Json; today: Json }> {
  // 07:30 in Berlin is half an hour before the bot's clock: the post is due at once.
  await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
  // Two passes, as the scheduler ticks each minute: the post is due within them.
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(START.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
  const [post] = bot.fake.channelMessages(FIXTURE.studyChannel);
  if (post === undefined) throw new Error('no day post');
  const today = await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
  return { post, today };
}

describe('GIVEN the bot started with ANTHROPIC_API_KEY set', () => {
  const coach = useCoachFromEnv({
    ANTHROPIC_API_KEY: 'sk-ant-ask-button',
    ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
  });
  const bot = useBot({ coach });

  it('WHEN the daily post goes out and the learner uses /today THEN both carry Ask a question, which opens the question form', async () => {
    expect(coach().online).toBe(true);
    const { post, today } = await postAndToday(bot);
    const buttons = ['day:done:31', 'day:proof:31', 'day:ask:31'];
    // The post's first button also carries its crash-recovery reference, unseen.
    expect(customIds(post)).toEqual([expect.stringMatching(/^day:done:31:ref-[\w-]+$/), ...buttons.slice(1)]);
    expect(customIds(today)).toEqual(buttons);
    for (const message of [post, today]) {
      const clicked = bot.fake.interactions.button({
        customId: 'day:ask:31',
        userId: FIXTURE.learner,
        message,
      });
      expect(await clicked.callback()).toMatchObject({
        type: 9,
        data: { custom_id: 'ask:31', title: 'Ask about Day 31' },
      });
    }
  });
});

describe('GIVEN the bot started without an API key', () => {
  const coach = useCoachFromEnv({});
  const bot = useBot({ coach });

  it('WHEN the daily post goes out and the learner uses /today THEN neither offers Ask a question', async () => {
    expect(coach().online).toBe(false);
    const { post, today } = await postAndToday(bot);
    expect(customIds(post)).toEqual([expect.stringMatching(/^day:done:31:ref-[\w-]+$/), 'day:proof:31']);
    expect(customIds(today)).toEqual(['day:done:31', 'day:proof:31']);
  });

  it('WHEN Ask a question on a post made while the coach was on THEN the form is answered with the day material, as /ask is', async () => {
    const callback = await bot.fake.interactions
      .button({ customId: 'day:ask:31', userId: FIXTURE.learner })
      .callback();
    expect(callback).toMatchObject({ type: 9, data: { custom_id: 'ask:31' } });
    const reply = await bot.fake.interactions
      .modal({
        customId: 'ask:31',
        fields: { question: 'What does the Cluster Manager do?' },
        userId: FIXTURE.learner,
      })
      .reply(5_000);
    expect(reply.content).toMatch(
      /^AI answers are off here, so this comes straight from the plan for Day 31/,
    );
    expect(reply.flags).toBe(64);
  });
});

function raise(message: string): never {
  throw new Error(message);
}
