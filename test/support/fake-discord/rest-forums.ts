import { apiError, ok } from './http-io.js';
import { channelJson, nextSnowflake, type Json } from './json.js';
import { Permission, channelPermissions } from './permissions.js';
import type { Route, RouteContext } from './router.js';
import { Intent, type Services } from './services.js';
import type { ChannelPlace } from './state.js';
import type { FakeForumTag, Reply } from './types.js';

type InChannel = (
  needs: bigint,
  handler: (place: ChannelPlace, context: RouteContext) => Reply,
) => Route['handler'];

// Discord: at most 20 tags a forum, each name 1 to 20 characters.
const MAX_TAGS = 20;
const MAX_TAG_NAME = 20;

/**
 * A forum's tags (PATCH /channels/{id} with `available_tags`, which Manage Channels or Manage
 * Threads allows; other fields need Manage Channels) and the guild's open threads
 * (GET /guilds/{id}/threads/active, only those in channels the bot can see).
 */
export function forumRoutes(services: Services, inChannel: InChannel): Route[] {
  const { world } = services;
  return [
    {
      method: 'PATCH',
      pattern: '/channels/:channel',
      handler: inChannel(0n, (place, { body }) => {
        if (place.kind !== 'guild') return apiError(400, 50024, 'Cannot execute action on this channel type');
        const granted = channelPermissions(place.guild, world.bot.id, place.channel);
        const tagsOnly = Object.keys(body).every((key) => key === 'available_tags');
        const allowed =
          (granted & Permission.ManageChannels) !== 0n ||
          (tagsOnly && (granted & Permission.ManageThreads) !== 0n);
        if (!allowed) return apiError(403, 50013, 'Missing Permissions');
        if (body.available_tags === undefined) return ok(world.channelJson(place));
        if (place.channel.type !== 15)
          return apiError(400, 50024, 'Cannot execute action on this channel type');
        const tags = tagsOf(body.available_tags);
        if (tags === null) {
          return apiError(400, 50035, 'Invalid Form Body', {
            available_tags: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Invalid tags.' }] },
          });
        }
        const changed = { ...place.channel, availableTags: tags };
        world.replaceChannel(place.guild, changed);
        const json = channelJson(changed, place.guild.id, place.guild.channels.indexOf(changed));
        if (services.gateway.intents !== undefined && services.gateway.intents & Intent.Guilds) {
          services.gateway.dispatch('CHANNEL_UPDATE', json);
        }
        services.signal.notify();
        return ok(json);
      }),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/threads/active',
      handler: ({ params }) => {
        const guild = world.guilds.get(params.guild ?? '');
        if (!guild) return apiError(404, 10004, 'Unknown Guild');
        const visible = guild.channels.filter(
          (channel) =>
            channel.type === 11 &&
            (channelPermissions(guild, world.bot.id, channel) & Permission.ViewChannel) !== 0n,
        );
        return ok({ threads: visible.map((thread) => channelJson(thread, guild.id)), members: [] });
      },
    },
  ];
}

/** The tags as sent: a tag with an id keeps it, a new one gets one; null when over Discord's limits. */
function tagsOf(value: unknown): FakeForumTag[] | null {
  if (!Array.isArray(value) || value.length > MAX_TAGS) return null;
  const tags: FakeForumTag[] = [];
  for (const raw of value as Json[]) {
    const name = typeof raw.name === 'string' ? raw.name : '';
    if (name.length < 1 || name.length > MAX_TAG_NAME) return null;
    const id = typeof raw.id === 'string' ? raw.id : nextSnowflake();
    tags.push({ id, name, moderated: raw.moderated === true });
  }
  return tags;
}
