import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { ChannelProblem } from './render/server-admin-text.js';

// What a daily post needs: see the channel, send into it, show the day as an embed, and read
// the channel's recent messages, where crash recovery looks for a post whose send was interrupted.
const NEEDED = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
  ['Read Message History', PermissionFlagsBits.ReadMessageHistory],
] as const;

// What the day's discussion thread needs. Without these the day is still posted, with no thread.
const FOR_THREADS = [
  ['Create Public Threads', PermissionFlagsBits.CreatePublicThreads],
  ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
] as const;

/**
 * The thread permissions the bot lacks in `channelId` (none when it can't even see it: the
 * post's own check says so). Checked at setup so an admin learns why days come without a thread.
 */
export async function missingThreadPermissions(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<string[]> {
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null || channel.isDMBased() || channel.isThread()) return [];
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const granted = channel.permissionsFor(me);
  return FOR_THREADS.filter(([, flag]) => !granted.has(flag, true)).map(([name]) => name);
}

/**
 * Whether the bot can post the daily day in `channelId`, checked at setup so a missing
 * permission is reported now rather than found by the scheduler tomorrow.
 */
export async function checkChannelAccess(
  interaction: ChatInputCommandInteraction,
  channelId: string,
): Promise<ChannelProblem | null> {
  const channel = await interaction.client.channels.fetch(channelId).catch(() => null);
  if (channel === null) return { kind: 'not-found', channelId };
  if (channel.isDMBased() || !channel.isSendable() || channel.isThread() || channel.isVoiceBased()) {
    return { kind: 'not-text', channelId };
  }
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe());
  const granted = channel.permissionsFor(me);
  const missing = NEEDED.filter(([, flag]) => !granted.has(flag, true)).map(([name]) => name);
  return missing.length === 0 ? null : { kind: 'missing-permissions', channelId, permissions: missing };
}
