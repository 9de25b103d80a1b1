import {
  ChannelFlags,
  ChannelType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type ForumChannel,
  type GuildBasedChannel,
  type PermissionsBitField,
} from 'discord.js';
import { FORUM_TAGS } from '../../core/schedule/forum-tags.js';
import type { ChannelProblem } from './render/server-admin-text.js';
import type { ThreadAccess } from './render/thread-access-text.js';

type Needed = readonly (readonly [string, bigint])[];

// What a daily post needs: see the channel, send into it, show the day as an embed, and read
// the channel's recent messages, where crash recovery looks for a post whose send was interrupted.
const NEEDED: Needed = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Read Message History', PermissionFlagsBits.ReadMessageHistory],
];
// In a forum, Send Messages is shown as "Create Posts"; recovery reads a post's first message.
const NEEDED_IN_FORUM: Needed = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Create Posts', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Read Message History', PermissionFlagsBits.ReadMessageHistory],
];

// What the day's discussion thread needs. Without these the day is still posted, with no thread.
const FOR_THREADS: Needed = [
  ['Create Public Threads', PermissionFlagsBits.CreatePublicThreads],
  ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
];
// In a forum the post is the thread; shared proof and answers are messages in it.
const FOR_FORUM_POSTS: Needed = [['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads]];

const missingOf = (granted: Readonly<PermissionsBitField>, needed: Needed): string[] =>
  needed.filter(([, flag]) => !granted.has(flag, true)).map(([name]) => name);

async function channelAndGrants(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<{ channel: GuildBasedChannel; granted: Readonly<PermissionsBitField> } | null> {
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null || channel.isDMBased() || channel.isThread()) return null;
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  return { channel, granted: channel.permissionsFor(me) };
}

/** True for a forum channel: the daily post is then a forum post per day. */
export const isForum = (channel: { readonly type: ChannelType }): boolean =>
  channel.type === ChannelType.GuildForum;

/**
 * What the day's thread (or, in a forum, the day's post) needs that the bot lacks in
 * `channelId`, and in a forum the coach's tags it lacks; null when the bot can't even see the
 * channel (the post's own check says so). Checked at setup and shown by /coach status.
 */
export async function threadAccessOf(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<ThreadAccess | null> {
  const found = await channelAndGrants(interaction, channelId);
  if (found === null) return null;
  const { channel, granted } = found;
  if (!isForum(channel)) return { kind: 'text', channelId, missing: missingOf(granted, FOR_THREADS) };
  return {
    kind: 'forum',
    channelId,
    missing: missingOf(granted, FOR_FORUM_POSTS),
    missingTags: missingTagsOf(channel as ForumChannel),
    canAddTags: canEditTags(granted),
    requiresTag: (channel as ForumChannel).flags.has(ChannelFlags.RequireTag),
  };
}

/**
 * Whether the bot can post the daily day in `channelId` (a text, announcement or forum
 * channel), checked at setup so a missing permission is reported now rather than found by
 * the scheduler tomorrow.
 */
export async function checkChannelAccess(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<ChannelProblem | null> {
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null) return { kind: 'not-found', channelId };
  const forum = isForum(channel);
  if (
    channel.isDMBased() ||
    (!forum && !channel.isSendable()) ||
    channel.isThread() ||
    channel.isVoiceBased()
  ) {
    return { kind: 'not-text', channelId };
  }
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const missing = missingOf(channel.permissionsFor(me), forum ? NEEDED_IN_FORUM : NEEDED);
  return missing.length === 0 ? null : { kind: 'missing-permissions', channelId, permissions: missing };
}

// Discord lets Manage Threads set a forum's tags, as well as Manage Channels.
const canEditTags = (granted: Readonly<PermissionsBitField>): boolean =>
  granted.has(PermissionFlagsBits.ManageThreads, true) ||
  granted.has(PermissionFlagsBits.ManageChannels, true);

// A forum holds at most 20 tags.
const MAX_FORUM_TAGS = 20;

function missingTagsOf(forum: ForumChannel): string[] {
  const have = new Set(forum.availableTags.map((tag) => tag.name.toLowerCase()));
  return FORUM_TAGS.filter((name) => !have.has(name));
}

/**
 * Adds the coach's tags (stuck, solved, project) that the forum lacks, keeping its own. Never
 * throws: without the permission, or refused, the forum stays as it was, and
 * {@link threadAccessOf} then tells the admin which tags are missing.
 */
export async function ensureForumTags(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<void> {
  const found = await channelAndGrants(interaction, channelId);
  if (found === null || !isForum(found.channel) || !canEditTags(found.granted)) return;
  const forum = found.channel as ForumChannel;
  const missing = missingTagsOf(forum);
  if (missing.length === 0 || forum.availableTags.length + missing.length > MAX_FORUM_TAGS) return;
  await forum
    .setAvailableTags([...forum.availableTags, ...missing.map((name) => ({ name }))])
    .catch(() => undefined);
}
