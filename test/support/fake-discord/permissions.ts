import type { FakeChannel, FakeGuild } from './types.js';

/** Discord permission bits the bot and its tests care about. */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseApplicationCommands: 1n << 31n,
  ManageRoles: 1n << 28n,
  ManageThreads: 1n << 34n,
  CreatePublicThreads: 1n << 35n,
  CreatePrivateThreads: 1n << 36n,
  SendMessagesInThreads: 1n << 38n,
} as const;

/** Every permission bit Discord defines today. */
export const ALL_PERMISSIONS = (1n << 53n) - 1n;

/** What a plain member may do: read, write, react, use commands and threads. */
export const MEMBER_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

/** A guild member's permissions from roles alone (owner and Administrator get everything). */
export function basePermissions(guild: FakeGuild, userId: string): bigint {
  if (guild.ownerId === userId) return ALL_PERMISSIONS;
  const member = guild.members.find((candidate) => candidate.userId === userId);
  if (!member) return 0n;
  let permissions = guild.roles.find((role) => role.id === guild.id)?.permissions ?? 0n;
  for (const role of guild.roles) if (member.roles.includes(role.id)) permissions |= role.permissions;
  return permissions & Permission.Administrator ? ALL_PERMISSIONS : permissions;
}

/** A member's permissions in a channel, following Discord's overwrite order: @everyone, roles, member. */
export function channelPermissions(guild: FakeGuild, userId: string, channel: FakeChannel): bigint {
  let permissions = basePermissions(guild, userId);
  if (permissions === ALL_PERMISSIONS) return permissions;
  // Threads take their permissions from their parent channel.
  const source =
    channel.type === 11 && channel.parentId
      ? (guild.channels.find((candidate) => candidate.id === channel.parentId) ?? channel)
      : channel;
  const overwrites = source.overwrites ?? [];
  const roles = guild.members.find((member) => member.userId === userId)?.roles ?? [];
  const everyone = overwrites.find((overwrite) => overwrite.type === 'role' && overwrite.id === guild.id);
  permissions = apply(permissions, everyone?.allow ?? 0n, everyone?.deny ?? 0n);
  let allow = 0n;
  let deny = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type !== 'role' || !roles.includes(overwrite.id)) continue;
    allow |= overwrite.allow ?? 0n;
    deny |= overwrite.deny ?? 0n;
  }
  permissions = apply(permissions, allow, deny);
  const own = overwrites.find((overwrite) => overwrite.type === 'member' && overwrite.id === userId);
  permissions = apply(permissions, own?.allow ?? 0n, own?.deny ?? 0n);
  // Without View Channel nothing else applies; without Send Messages neither do its dependants.
  if (!(permissions & Permission.ViewChannel)) return 0n;
  if (!(permissions & Permission.SendMessages)) {
    permissions &= ~(Permission.MentionEveryone | Permission.EmbedLinks | Permission.AttachFiles);
  }
  return permissions;
}

function apply(permissions: bigint, allow: bigint, deny: bigint): bigint {
  return (permissions & ~deny) | allow;
}
