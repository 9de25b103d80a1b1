import { randomBytes } from 'node:crypto';
import { dmChannelJson, memberJson, nextSnowflake, userJson, type Json } from './json.js';
import { MEMBER_PERMISSIONS, channelPermissions } from './permissions.js';
import type { GuildState, WorldState } from './state.js';

/** Who uses the interaction, and where. Defaults: the first guild's first human member, its first text channel. */
export interface InteractionWhere {
  readonly userId?: string;
  /** `null` for a DM with the bot. */
  readonly guildId?: string | null;
  readonly channelId?: string;
  readonly locale?: string;
  /**
   * Used through the user's own install of the app (Discord's user install), not the server's:
   * the app is authorized by the user only, whether or not the bot is in that server.
   */
  readonly userInstall?: boolean;
}

/** The context half of an interaction payload, and where it happens. */
export interface InteractionBase {
  readonly payload: Json;
  readonly channelId: string;
  readonly guild: GuildState | undefined;
  readonly userId: string;
}

/** An INTERACTION_CREATE payload without `data`, as Discord sends it in a guild or a DM. */
export function interactionBase(world: WorldState, type: number, where: InteractionWhere): InteractionBase {
  const guild = where.guildId === null ? undefined : pickGuild(world, where.guildId);
  const userId =
    where.userId ??
    guild?.members.find((member) => !world.users.get(member.userId)?.bot && member.userId !== guild.ownerId)
      ?.userId ??
    [...world.users.values()].find((user) => !user.bot)?.id;
  if (!userId) throw new Error('Fake Discord: the world has no user to use the interaction');
  const user = world.user(userId);
  const common = {
    id: nextSnowflake(),
    application_id: world.applicationId,
    type,
    token: `fake-interaction-${randomBytes(24).toString('base64url')}`,
    version: 1,
    locale: where.locale ?? 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if (!guild) {
    const channelId = world.dmChannel(userId);
    const payload = {
      ...common,
      user: userJson(user),
      channel_id: channelId,
      channel: dmChannelJson(channelId, user),
      app_permissions: String(MEMBER_PERMISSIONS),
      context: 1,
      authorizing_integration_owners: where.userInstall ? { '1': userId } : { '0': '0' },
    };
    return { payload, channelId, guild, userId };
  }
  const channel =
    guild.channels.find((candidate) => candidate.id === where.channelId) ??
    guild.channels.find((candidate) => (candidate.type ?? 0) === 0);
  if (!channel) throw new Error(`Fake Discord: guild ${guild.id} has no channel ${where.channelId ?? ''}`);
  const member = guild.members.find((candidate) => candidate.userId === userId) ?? { userId, roles: [] };
  const memberPermissions = String(channelPermissions(guild, userId, channel));
  const payload = {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: 'en-US', features: [] },
    guild_locale: 'en-US',
    member: { ...memberJson(member, user), permissions: memberPermissions },
    channel_id: channel.id,
    channel: { ...world.channelJson({ kind: 'guild', guild, channel }), permissions: memberPermissions },
    app_permissions: String(channelPermissions(guild, world.bot.id, channel)),
    context: 0,
    authorizing_integration_owners: where.userInstall ? { '1': userId } : { '0': guild.id },
  };
  return { payload, channelId: channel.id, guild, userId };
}

function pickGuild(world: WorldState, guildId: string | undefined): GuildState | undefined {
  if (guildId === undefined) return world.guilds.values().next().value;
  const guild = world.guilds.get(guildId);
  if (!guild) throw new Error(`Fake Discord: no guild ${guildId}`);
  return guild;
}
