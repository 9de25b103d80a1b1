import { describe, expect, it } from 'vitest';
import { FIXTURE, Permission, defaultWorld, type Json } from '../../support/fake-discord/index.js';
import { START, adminSetup, useBot } from './bot-session.js';

const DAY_MS = 86_400_000;
const threadsUnder = (bot: ReturnType<typeof useBot>) =>
  (bot.fake.world.guilds.get(FIXTURE.guild)?.channels ?? [])
    .filter((channel) => channel.type === 11 && channel.parentId === FIXTURE.studyChannel)
    .map((thread) => ({ id: thread.id, name: thread.name }));

/** Two scheduler passes a minute apart: the first places the server on the wheel, the second posts. */
async function postNow(bot: ReturnType<typeof useBot>, at: Date): Promise<void> {
  bot.setNow(at);
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(at.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
}

describe('GIVEN a cohort whose daily post goes out', () => {
  const bot = useBot();

  it('WHEN the day is posted THEN it opens "Day 31 · Spark Architecture" under the post, and the post shows no internal reference', async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);

    const [post] = bot.fake.channelMessages(FIXTURE.studyChannel) as Json[];
    expect(threadsUnder(bot)).toEqual([{ id: String(post?.id), name: 'Day 31 · Spark Architecture' }]);
    const footer = String(((post?.embeds as Json[])[0]?.footer as Json).text);
    expect(footer).toBe('Module 5 · Spark Fundamentals + PySpark · day 1 of 30');
    expect(JSON.stringify(post?.embeds)).not.toContain('ref');
  });

  it("WHEN a learner who finished Day 31 and is on Day 32 asks in Day 31's thread THEN the answer is about Day 31", async () => {
    await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    await postNow(bot, START);
    await postNow(bot, new Date(START.getTime() + DAY_MS));
    const [day31, day32] = threadsUnder(bot);
    expect([day31?.name, day32?.name]).toEqual(['Day 31 · Spark Architecture', 'Day 32 · RDD Fundamentals']);

    await bot.fake.interactions
      .slash({
        name: 'done',
        options: { proof: 'Ran the word count on a local SparkSession' },
        userId: FIXTURE.learner,
      })
      .reply();
    const today = await bot.fake.interactions.slash({ name: 'today', userId: FIXTURE.learner }).reply();
    expect((today.embeds as Json[])[0]).toMatchObject({ title: 'Day 32 · RDD Fundamentals' });

    bot.fake.users.sendGuildMessage({
      content: 'What does lazy evaluation buy me?',
      mentionBot: true,
      authorId: FIXTURE.learner,
      channelId: String(day31?.id),
    });
    const answer = await bot.fake.waitForMessage(
      String(day31?.id),
      (message) => (message.author as Json).id === FIXTURE.bot,
      10_000,
    );
    expect(String(answer.content)).toContain('Day 31');
    expect(String(answer.content)).not.toContain('Day 32');
  });
});

describe('GIVEN the bot may post in the study channel but not open threads there', () => {
  const bot = useBot({
    world: () => {
      const world = defaultWorld();
      const [guild] = world.guilds;
      if (guild === undefined) throw new Error('no guild');
      const deny = Permission.CreatePublicThreads;
      const channels = guild.channels.map((channel) =>
        channel.id === FIXTURE.studyChannel
          ? { ...channel, overwrites: [{ id: FIXTURE.botRole, type: 'role' as const, deny }] }
          : channel,
      );
      return { ...world, guilds: [{ ...guild, channels }] };
    },
  });

  it('WHEN an admin sets up THEN setup succeeds and says days come without a thread until Create Public Threads is granted; the day is still posted', async () => {
    const setup = await adminSetup(bot, { time: '07:30', timezone: 'Europe/Berlin' });
    expect(String(setup.content)).toContain('Day 31 will be posted');
    expect(String(setup.content)).toContain(
      "Each day will be posted without its discussion thread: I'm missing Create Public Threads in that channel.",
    );
    await postNow(bot, START);
    expect(bot.fake.channelMessages(FIXTURE.studyChannel)).toHaveLength(1);
    expect(threadsUnder(bot)).toEqual([]);
    expect(bot.logs.map((line) => line.message)).toContain('could not open the day thread');
  });
});
