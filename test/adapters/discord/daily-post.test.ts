import { describe, expect, it } from 'vitest';
import { FIXTURE, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot } from './bot-session.js';

describe('GIVEN a server set up with /coach setup after the post time passed today', () => {
  const bot = useBot();

  it('WHEN the scheduler runs THEN Day 31 is posted once with its buttons, and Mark done on it opens the proof form', async () => {
    // 07:30 in Berlin is 05:30 UTC: half an hour before the bot's clock, within grace.
    const setup = await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    expect(setup.content).toBe(
      `Set up. Day 31 will be posted in <#${FIXTURE.studyChannel}> now, then every day at 07:30 (Europe/Berlin).`,
    );

    await bot.app.app.runSchedulerPass();
    bot.setNow(new Date(START.getTime() + 60_000));
    await bot.app.app.runSchedulerPass();
    const posts = bot.fake.channelMessages(FIXTURE.studyChannel);
    expect(posts).toHaveLength(1);
    const post = posts[0] as Json;
    expect((post.embeds as Json[])[0]).toMatchObject({ title: 'Day 31 · Spark Architecture' });

    const markDone = ((post.components as Json[])[0]?.components as Json[])[0];
    expect(markDone).toMatchObject({
      label: 'Mark done',
      custom_id: expect.stringMatching(/^day:done:31:ref-/),
    });
    const clicked = bot.fake.interactions.button({
      customId: String(markDone?.custom_id),
      userId: FIXTURE.learner,
      message: String(post.id),
    });
    expect(await clicked.callback()).toMatchObject({ type: 9, data: { custom_id: 'proof:31' } });
  });
});
