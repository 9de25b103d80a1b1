import { apiError, ok } from './http-io.js';
import { channelJson, guildJson, memberJson, roleJson } from './json.js';
import type { Route, RouteContext } from './router.js';
import type { Services } from './services.js';
import type { GuildState } from './state.js';
import type { Reply } from './types.js';

/** Guilds, their channels, roles and members. */
export function guildRoutes(services: Services): Route[] {
  const { world } = services;
  const inGuild =
    (handler: (guild: GuildState, context: RouteContext) => Reply): Route['handler'] =>
    (context) => {
      const guild = world.guilds.get(context.params.guild ?? '');
      return guild ? handler(guild, context) : apiError(404, 10004, 'Unknown Guild');
    };
  const member = (guild: GuildState, userId: string) => {
    const found = guild.members.find((candidate) => candidate.userId === userId);
    return found ? memberJson(found, world.users.get(found.userId)) : undefined;
  };
  return [
    {
      method: 'GET',
      pattern: '/guilds/:guild',
      handler: inGuild((guild, { query }) =>
        ok({
          ...guildJson(guild),
          ...(query.get('with_counts') === 'true'
            ? { approximate_member_count: guild.members.length, approximate_presence_count: 0 }
            : {}),
        }),
      ),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/channels',
      handler: inGuild((guild) =>
        ok(
          guild.channels
            .filter((channel) => channel.type !== 11)
            .map((channel, i) => channelJson(channel, guild.id, i)),
        ),
      ),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/roles',
      handler: inGuild((guild) => ok(guild.roles.map(roleJson))),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/members/:user',
      handler: inGuild((guild, { params }) => {
        const found = member(guild, params.user ?? '');
        return found ? ok(found) : apiError(404, 10007, 'Unknown Member');
      }),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/members',
      handler: inGuild((guild, { query }) => {
        const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 1)));
        return ok(guild.members.slice(0, limit).map((found) => member(guild, found.userId)));
      }),
    },
  ];
}
