import type { FakeChannel, FakeForumTag, FakeGuild, FakeMember, FakeRole, FakeUser } from './types.js';

/** A JSON object as Discord sends it. */
export type Json = Record<string, unknown>;

const EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A fresh snowflake for the current time, as Discord makes them. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return String(((BigInt(Date.now()) - EPOCH) << 22n) | (1n << 17n) | increment);
}

export function userJson(user: FakeUser): Json {
  return {
    id: user.id,
    username: user.username,
    global_name: user.globalName ?? null,
    discriminator: '0',
    avatar: null,
    bot: user.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
  };
}

export function roleJson(role: FakeRole): Json {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position ?? 0,
    permissions: String(role.permissions),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function memberJson(member: FakeMember, user: FakeUser | undefined, withUser = true): Json {
  return {
    ...(withUser && user ? { user: userJson(user) } : {}),
    nick: member.nick ?? null,
    avatar: null,
    banner: null,
    roles: [...member.roles],
    joined_at: '2025-01-01T00:00:00.000Z',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function channelJson(channel: FakeChannel, guildId: string, position = 0): Json {
  const type = channel.type ?? 0;
  return {
    id: channel.id,
    type,
    guild_id: guildId,
    name: channel.name,
    position,
    parent_id: channel.parentId ?? null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    permission_overwrites: (channel.overwrites ?? []).map((overwrite) => ({
      id: overwrite.id,
      type: overwrite.type === 'role' ? 0 : 1,
      allow: String(overwrite.allow ?? 0n),
      deny: String(overwrite.deny ?? 0n),
    })),
    ...(type === 11 ? threadExtras(channel) : {}),
    ...(type === 15 ? forumExtras(channel) : {}),
  };
}

/** A forum tag as Discord sends it. */
export function forumTagJson(tag: FakeForumTag): Json {
  return { id: tag.id, name: tag.name, moderated: tag.moderated ?? false, emoji_id: null, emoji_name: null };
}

function forumExtras(channel: FakeChannel): Json {
  return {
    available_tags: (channel.availableTags ?? []).map(forumTagJson),
    flags: channel.flags ?? 0,
    default_reaction_emoji: null,
    default_sort_order: null,
    default_forum_layout: 0,
    default_thread_rate_limit_per_user: 0,
  };
}

function threadExtras(channel: FakeChannel): Json {
  const now = new Date().toISOString();
  return {
    owner_id: channel.ownerId ?? null,
    ...(channel.appliedTags === undefined ? {} : { applied_tags: [...channel.appliedTags] }),
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: now, locked: false },
  };
}

export function dmChannelJson(channelId: string, recipient: FakeUser): Json {
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [userJson(recipient)] };
}

/** The guild as GET /guilds/{id} returns it (no channels or members). */
export function guildJson(guild: FakeGuild): Json {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    roles: guild.roles.map(roleJson),
    max_members: 500_000,
  };
}
