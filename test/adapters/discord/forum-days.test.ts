import { labelledLines } from '../../support/visible-text.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE, Permission, forumWorld, type Json } from '../../support/fake-discord/index.js';
import { START, useBot, type BotSession } from './bot-session.js';

const DAY_MS = 86_400_000;
const FORUM = FIXTURE.forumChannel;

/** Two scheduler passes a minute apart: the first places the server on the wheel, the second posts. */
async function postNow(bot: BotSession, at: Date): Promise<void> {
  bot.setNow(at);
  await bot.app.app.runSchedulerPass();
  bot.setNow(new Date(at.getTime() + 60_000));
  await bot.app.app.runSchedulerPass();
}

const forumOf = (bot: BotSession) =>
  bot.fake.world.guilds.get(FIXTURE.guild)?.channels.find((channel) => channel.id === FORUM);
const tagNames = (bot: BotSession) => (forumOf(bot)?.availableTags ?? []).map((tag) => tag.name);
/** The forum's posts, oldest first, with their tags by name. */
const forumPosts = (bot: BotSession) =>
  (bot.fake.world.guilds.get(FIXTURE.guild)?.channels ?? [])
    .filter((channel) => channel.type === 11 && channel.parentId === FORUM)
    .map((post) => ({
      id: post.id,
      name: post.name,
      tags: (post.appliedTags ?? []).map(
        (id) => forumOf(bot)?.availableTags?.find((tag) => tag.id === id)?.name,
      ),
    }));

const coach = (bot: BotSession, subcommand: string, options: Json = {}) =>
  bot.fake.interactions
    .slash({ name: 'coach', subcommand, userId: FIXTURE.admin, options: options as never })
    .reply();
const setupInForum = (bot: BotSession, start = '2026-06-01') =>
  coach(bot, 'setup', {
    channel: { channel: FORUM },
    time: '07:30',
    timezone: 'Europe/Berlin',
    start,
  });

describe('GIVEN a forum channel with no tags, where the bot may manage threads', () => {
  const bot = useBot({ world: () => forumWorld({ botAllow: Permission.ManageThreads }) });

  it('WHEN an admin sets it up (the channel option takes text, announcement and forum channels) THEN the forum gets the tags stuck, solved and project, and the reply promises the day there with no warning', async () => {
    const registered = (bot.fake.world.commands.get(FIXTURE.guild) ?? []).find(
      (command) => command.name === 'coach',
    );
    const setupCommand = (registered?.options as Json[]).find((option) => option.name === 'setup');
    const channelOption = (setupCommand?.options as Json[]).find((option) => option.name === 'channel');
    expect(channelOption?.channel_types).toEqual([0, 5, 15]);

    const reply = await setupInForum(bot);
    expect(String(reply.content)).toMatch(new RegExp(`^Set up\\. Day 31 will be posted in <#${FORUM}> `));
    expect(String(reply.content).split('\n')).toHaveLength(1);
    expect(tagNames(bot)).toEqual(['stuck', 'solved', 'project']);
    expect(await bot.records.load(FIXTURE.guild, START)).toMatchObject({
      channelId: FORUM,
      channelKind: 'forum',
    });

    const status = labelledLines(await coach(bot, 'status')).join('\n');
    expect(status).toContain(
      `Forum posts: Send Messages in Threads granted in <#${FORUM}>; each day is its own post, with shared proof and answers in it.`,
    );
    expect(status).toContain('Forum tags: stuck, solved and project are there.');
  });

  it('WHEN two days are posted THEN each is its own forum post named for the day, its first message the day with its buttons; a project day is tagged project; the section recap is a post too', async () => {
    // From 2026-05-26, the cohort is on Day 37 (a project day) on 2026-06-01.
    await setupInForum(bot, '2026-05-26');
    await postNow(bot, START);
    await postNow(bot, new Date(START.getTime() + DAY_MS));

    const posts = forumPosts(bot);
    expect(posts.map(({ name, tags }) => ({ name, tags }))).toEqual([
      { name: 'Day 37 · Module 5 Project', tags: ['project'] },
      { name: 'Day 38 · Airflow Architecture', tags: [] },
      // Module 5 ended with Day 37: its recap is a post of its own, titled by its first line.
      { name: 'Module 5 · Spark Fundamentals + PySpark is complete.', tags: [] },
    ]);
    const [starter] = bot.fake.channelMessages(String(posts[0]?.id)) as Json[];
    expect(starter?.id).toBe(posts[0]?.id);
    expect((starter?.embeds as Json[])[0]).toMatchObject({ title: 'Day 37 · Module 5 Project' });
    expect(bot.fake.channelMessages(FORUM)).toEqual([]);
  });
});

describe('GIVEN a cohort whose days are posts in a forum that has the tags', () => {
  const tags = ['stuck', 'solved', 'project'].map((name, i) => ({ id: `12300000000000000${10 + i}`, name }));
  const bot = useBot({ world: () => forumWorld({ tags }) });

  it("WHEN a learner on Day 32 asks in Day 31's post THEN the answer is about Day 31; the day's buttons work there; shared proof lands in the post", async () => {
    expect(String((await setupInForum(bot)).content).split('\n')).toHaveLength(1);
    await postNow(bot, START);
    await postNow(bot, new Date(START.getTime() + DAY_MS));
    const [day31, day32] = forumPosts(bot);
    expect([day31?.name, day32?.name]).toEqual(['Day 31 · Spark Architecture', 'Day 32 · RDD Fundamentals']);

    // Mark done from Day 31's post: the button on its first message.
    const [starter] = bot.fake.channelMessages(String(day31?.id)) as Json[];
    const doneId = ((starter?.components as Json[])[0]?.components as Json[])
      .map((button) => String(button.custom_id))
      .find((id) => id.startsWith('day:done:31'));
    const clicked = await bot.fake.interactions
      .button({ customId: doneId ?? '', userId: FIXTURE.learner, channelId: day31?.id, message: starter })
      .callback();
    expect(JSON.stringify(clicked.data)).toContain('Day 31');

    const shared = await bot.fake.interactions
      .slash({
        name: 'done',
        options: { day: 31, proof: 'Ran the word count on a local SparkSession', share: true },
        userId: FIXTURE.learner,
      })
      .reply();
    expect(String(shared.content)).toContain('Shared with the cohort in the Day 31 thread.');
    const inPost = bot.fake.channelMessages(String(day31?.id)) as Json[];
    expect(inPost.map((message) => ((message.embeds as Json[])[0] as Json | undefined)?.title)).toContain(
      'Lin finished Day 31 · Spark Architecture',
    );

    bot.fake.users.sendGuildMessage({
      content: 'What does lazy evaluation buy me?',
      mentionBot: true,
      authorId: FIXTURE.learner,
      channelId: String(day31?.id),
    });
    const answer = await bot.fake.waitForMessage(
      String(day31?.id),
      (message) => (message.author as Json).id === FIXTURE.bot && String(message.content).length > 0,
      10_000,
    );
    expect(String(answer.content)).toContain('Day 31');
    expect(String(answer.content)).not.toContain('Day 32');
  });

  it("WHEN the day poll is on THEN it goes into the day's forum post as a message of its own, once, and the report reads it", async () => {
    await setupInForum(bot);
    expect(String((await coach(bot, 'poll', { state: 'on' })).content)).toContain('on');
    await postNow(bot, START);
    await postNow(bot, new Date(START.getTime() + 120_000));
    const [post] = forumPosts(bot);
    const messages = bot.fake.channelMessages(String(post?.id)) as Json[];
    const polls = messages.filter((message) => message.poll !== undefined && message.poll !== null);
    expect(polls).toHaveLength(1);
    expect(messages[0]?.id).toBe(post?.id);
    expect(messages[0]?.poll ?? null).toBeNull();
    expect(bot.fake.channelMessages(FORUM)).toEqual([]);
    const report = String((await coach(bot, 'report')).content);
    expect(report).toContain('Day 31');
    expect(report).toContain('still open');
  });
});

describe('GIVEN a forum without its tags where the bot may not manage threads nor write in posts', () => {
  const bot = useBot({ world: () => forumWorld({ botDeny: Permission.SendMessagesInThreads }) });

  it('WHEN an admin sets it up THEN setup succeeds and names Send Messages in Threads and Manage Threads; /coach status says the same', async () => {
    const reply = String((await setupInForum(bot)).content).split('\n');
    expect(reply[0]).toMatch(/^Set up\. Day 31 will be posted in/);
    expect(reply.slice(1)).toEqual([
      "Each day gets its own post, but shared proof and my answers can't go in it: I'm missing Send Messages in Threads in that forum. Grant it there.",
      "The forum lacks the tags stuck, solved, project, and I'm missing Manage Threads there to add them. Grant it and run /coach setup again, or add them yourself.",
    ]);
    expect(tagNames(bot)).toEqual([]);

    const status = labelledLines(await coach(bot, 'status')).join('\n');
    expect(status).toContain(
      `Forum posts: missing Send Messages in Threads in <#${FORUM}>, so shared proof and answers can't go in the day's post. Grant it there.`,
    );
    expect(status).toContain(
      "Forum tags: The forum lacks the tags stuck, solved, project, and I'm missing Manage Threads there to add them.",
    );

    await postNow(bot, START);
    expect(forumPosts(bot).map((post) => post.name)).toEqual(['Day 31 · Spark Architecture']);
  });
});

describe('GIVEN a forum where the bot may not create posts', () => {
  const bot = useBot({ world: () => forumWorld({ botDeny: Permission.SendMessages }) });

  it('WHEN an admin sets it up THEN it is refused, naming Create Posts, and nothing is stored', async () => {
    expect((await setupInForum(bot)).content).toBe(
      `I can't post in <#${FORUM}>: I'm missing Create Posts there. Grant them and run /coach setup again.`,
    );
    expect(await bot.records.load(FIXTURE.guild, START)).toBeNull();
  });
});

describe('GIVEN a text channel where the bot may not open threads', () => {
  const bot = useBot({
    world: () => {
      const world = forumWorld();
      const [guild] = world.guilds;
      if (guild === undefined) throw new Error('no guild');
      const deny = Permission.CreatePublicThreads | Permission.SendMessagesInThreads;
      const channels = guild.channels.map((channel) =>
        channel.id === FIXTURE.studyChannel
          ? { ...channel, overwrites: [{ id: FIXTURE.botRole, type: 'role' as const, deny }] }
          : channel,
      );
      return { ...world, guilds: [{ ...guild, channels }] };
    },
  });

  it('WHEN the admin runs /coach status THEN it names both missing thread permissions', async () => {
    await coach(bot, 'setup', {
      channel: { channel: FIXTURE.studyChannel },
      time: '07:30',
      timezone: 'Europe/Berlin',
      start: '2026-06-01',
    });
    expect(labelledLines(await coach(bot, 'status')).join('\n')).toContain(
      `Day threads: missing Create Public Threads, Send Messages in Threads in <#${FIXTURE.studyChannel}>, so days are posted without a thread. Grant them there.`,
    );
  });
});

describe('GIVEN a forum that requires a tag on every post', () => {
  const tags = ['stuck', 'solved', 'project'].map((name, i) => ({ id: `12300000000000000${10 + i}`, name }));
  const bot = useBot({ world: () => forumWorld({ tags, flags: 1 << 4 }) });

  it("WHEN an admin sets it up THEN setup and /coach status say that days without a tag would be refused and how to fix it; Discord does refuse an untagged day's post", async () => {
    const reply = String((await setupInForum(bot)).content).split('\n');
    expect(reply[1]).toBe(
      "This forum requires a tag on every post, and I tag only project days, so Discord would refuse the other days. Turn off Require Tags in the forum's settings.",
    );
    const status = labelledLines(await coach(bot, 'status')).join('\n');
    expect(status).toContain('Forum tags: This forum requires a tag on every post');
    // What the warning is about: Day 31 is no project day, and its post is refused.
    await postNow(bot, START);
    expect(forumPosts(bot)).toEqual([]);
  });
});
