import {
  ChannelFlags,
  ChannelType,
  DiscordAPIError,
  Routes,
  type APIThreadChannel,
  type Client,
  type ForumChannel,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import { FIXTURE, forumWorld } from './fixtures.js';
import { useFakeDiscord } from './hooks.js';
import type { Json } from './json.js';
import { Permission } from './permissions.js';

const forum = (client: Client) => client.channels.cache.get(FIXTURE.forumChannel) as ForumChannel;
const codeOf = (error: unknown) => (error instanceof DiscordAPIError ? error.code : error);
const TAGS = [
  { id: '1230000000000000001', name: 'stuck' },
  { id: '1230000000000000002', name: 'project' },
];

describe('GIVEN a forum channel with two tags', () => {
  const session = useFakeDiscord({ world: forumWorld({ tags: TAGS }) });

  it('WHEN discord.js reads it THEN it is a forum with its tags', () => {
    const channel = forum(session.client);
    expect(channel.type).toBe(ChannelType.GuildForum);
    expect(channel.availableTags.map((tag) => tag.name)).toEqual(['stuck', 'project']);
  });

  it('WHEN the bot starts a post with a tag THEN the thread carries it, and its first message has the thread id', async () => {
    const { fake, client } = session;
    const thread = await forum(client).threads.create({
      name: 'Day 32 · RDD Fundamentals',
      message: { content: 'Today: RDDs' },
      appliedTags: ['1230000000000000002'],
    });
    expect(thread.parentId).toBe(FIXTURE.forumChannel);
    expect(thread.appliedTags).toEqual(['1230000000000000002']);
    const starter = await thread.fetchStarterMessage();
    expect(starter?.id).toBe(thread.id);
    expect(starter?.content).toBe('Today: RDDs');
    expect(fake.channelMessages(thread.id).map((message) => message.id)).toEqual([thread.id]);
    const active = (await client.rest.get(Routes.guildActiveThreads(FIXTURE.guild))) as {
      threads: APIThreadChannel[];
    };
    expect(active.threads.map((t) => [t.id, t.parent_id, t.owner_id])).toEqual([
      [thread.id, FIXTURE.forumChannel, FIXTURE.bot],
    ]);
  });

  it('WHEN a post names a tag the forum lacks, or has no message THEN 400 and no post', async () => {
    const { fake, client } = session;
    const withTag = { name: 'Day 1', message: { content: 'x' }, applied_tags: ['999'] };
    await expect(client.rest.post(Routes.threads(FIXTURE.forumChannel), { body: withTag })).rejects.toSatisfy(
      (error) => codeOf(error) === 50035,
    );
    await expect(
      client.rest.post(Routes.threads(FIXTURE.forumChannel), { body: { name: 'Day 1' } }),
    ).rejects.toSatisfy((error) => codeOf(error) === 50035);
    expect(fake.world.guilds.get(FIXTURE.guild)?.channels.filter((c) => c.type === 11)).toEqual([]);
  });

  it('WHEN the bot sends a message to the forum itself THEN 400 50008', async () => {
    await expect(
      session.client.rest.post(Routes.channelMessages(FIXTURE.forumChannel), { body: { content: 'hi' } }),
    ).rejects.toSatisfy((error) => codeOf(error) === 50008);
  });

  it('WHEN the bot without Manage Threads or Manage Channels edits the tags THEN 403 50013', async () => {
    await expect(forum(session.client).setAvailableTags([...TAGS, { name: 'solved' }])).rejects.toSatisfy(
      (error) => codeOf(error) === 50013,
    );
  });
});

describe('GIVEN a forum where the bot has Manage Threads', () => {
  const session = useFakeDiscord({
    world: forumWorld({ tags: TAGS, botAllow: Permission.ManageThreads }),
  });

  it('WHEN it adds a tag THEN the old tags keep their ids, the new one gets one, and the client sees the change', async () => {
    const { fake, client } = session;
    const updated = await forum(client).setAvailableTags([...TAGS, { name: 'solved' }]);
    expect(updated.availableTags.map((tag) => tag.name)).toEqual(['stuck', 'project', 'solved']);
    const stored = fake.world.guilds.get(FIXTURE.guild)?.channels.find((c) => c.id === FIXTURE.forumChannel);
    expect(stored?.availableTags?.slice(0, 2).map((tag) => tag.id)).toEqual(TAGS.map((tag) => tag.id));
    expect(stored?.availableTags?.[2]?.id).toMatch(/^\d+$/);
  });

  it('WHEN it renames the forum (needs Manage Channels) THEN 403', async () => {
    await expect(
      session.client.rest.patch(Routes.channel(FIXTURE.forumChannel), { body: { name: 'other' } as Json }),
    ).rejects.toSatisfy((error) => codeOf(error) === 50013);
  });
});

describe('GIVEN a forum where the bot may not create posts', () => {
  const session = useFakeDiscord({ world: forumWorld({ botDeny: Permission.SendMessages }) });

  it('WHEN it starts a post THEN 403 50013', async () => {
    await expect(
      forum(session.client).threads.create({ name: 'Day 1', message: { content: 'x' } }),
    ).rejects.toSatisfy((error) => codeOf(error) === 50013);
  });
});

describe('GIVEN a forum that requires a tag on every post (REQUIRE_TAG)', () => {
  const session = useFakeDiscord({ world: forumWorld({ tags: TAGS, flags: 1 << 4 }) });

  it('WHEN discord.js reads it THEN the flag is there; a post without a tag is refused 400 40067, one with a tag goes out', async () => {
    const { client } = session;
    expect(forum(client).flags.has(ChannelFlags.RequireTag)).toBe(true);
    const body = { name: 'Day 1', message: { content: 'x' } };
    await expect(client.rest.post(Routes.threads(FIXTURE.forumChannel), { body })).rejects.toSatisfy(
      (error) => codeOf(error) === 40067,
    );
    const tagged = await forum(client).threads.create({
      name: 'Day 2',
      message: { content: 'y' },
      appliedTags: ['1230000000000000001'],
    });
    expect(tagged.appliedTags).toEqual(['1230000000000000001']);
  });
});
