import { channelJson, guildJson, memberJson, userJson, type Json } from './json.js';
import type { GuildState, WorldState } from './state.js';

/** READY: the bot user, every guild unavailable until its GUILD_CREATE, session and resume URL. */
export function readyPayload(
  world: WorldState,
  guilds: readonly { readonly id: string }[],
  sessionId: string,
  resumeUrl: string,
  shard: readonly [number, number],
): Json {
  return {
    v: 10,
    user: { ...userJson(world.bot), verified: true, mfa_enabled: false, email: null },
    guilds: guilds.map(({ id }) => ({ id, unavailable: true })),
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    user_settings: {},
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    auth: {},
  };
}

/** GUILD_CREATE: the guild with its channels, threads, roles and members. */
export function guildCreatePayload(world: WorldState, guild: GuildState): Json {
  const channels = guild.channels.map((channel, position) => channelJson(channel, guild.id, position));
  return {
    ...guildJson(guild),
    joined_at: '2025-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    lazy: true,
    member_count: guild.members.length,
    channels: channels.filter((channel) => channel.type !== 11),
    threads: channels.filter((channel) => channel.type === 11),
    members: guild.members.map((member) => memberJson(member, world.users.get(member.userId))),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
    incidents_data: null,
  };
}

/** GUILD_MEMBERS_CHUNK answering op 8, filtered by user ids or a username prefix. */
export function membersChunkPayload(world: WorldState, guild: GuildState, request: Json): Json {
  const ids = Array.isArray(request.user_ids) ? request.user_ids.map(String) : undefined;
  const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
  const members = guild.members.filter((member) => {
    if (ids) return ids.includes(member.userId);
    return (world.users.get(member.userId)?.username ?? '').toLowerCase().startsWith(query);
  });
  const limit = typeof request.limit === 'number' && request.limit > 0 ? request.limit : members.length;
  return {
    guild_id: guild.id,
    members: members.slice(0, limit).map((member) => memberJson(member, world.users.get(member.userId))),
    chunk_index: 0,
    chunk_count: 1,
    not_found: ids ? ids.filter((id) => !guild.members.some((member) => member.userId === id)) : [],
    ...(request.nonce !== undefined ? { nonce: request.nonce } : {}),
  };
}
