import { apiError, created } from './http-io.js';
import { channelJson, nextSnowflake, type Json } from './json.js';
import { Permission } from './permissions.js';
import type { Route, RouteContext } from './router.js';
import { Intent, type Services } from './services.js';
import type { ChannelPlace } from './state.js';
import type { FakeChannel, Reply } from './types.js';

type InChannel = (
  needs: bigint,
  handler: (place: ChannelPlace, context: RouteContext) => Reply,
) => Route['handler'];

/** Public threads, from a message (the thread takes the message's id, as on Discord) or on their own. */
export function threadRoutes(services: Services, inChannel: InChannel): Route[] {
  const { world } = services;
  return [
    {
      method: 'POST',
      pattern: '/channels/:channel/messages/:message/threads',
      handler: inChannel(Permission.CreatePublicThreads, (place, { params, body }) => {
        const message = world.findMessage(params.channel ?? '', params.message ?? '');
        if (!message) return apiError(404, 10008, 'Unknown Message');
        if (message.thread)
          return apiError(400, 160004, 'A thread has already been created for this message');
        const reply = startThread(services, place, String(message.id), body);
        if (reply.status === 201) message.thread = reply.body;
        return reply;
      }),
    },
    {
      method: 'POST',
      pattern: '/channels/:channel/threads',
      handler: inChannel(Permission.CreatePublicThreads, (place, { body }) =>
        startThread(services, place, nextSnowflake(), body),
      ),
    },
  ];
}

function startThread(services: Services, place: ChannelPlace, id: string, body: Json): Reply {
  if (place.kind !== 'guild' || (place.channel.type ?? 0) !== 0) {
    return apiError(400, 50024, 'Cannot execute action on this channel type');
  }
  const name = typeof body.name === 'string' ? body.name : '';
  if (name.length < 1 || name.length > 100) {
    return apiError(400, 50035, 'Invalid Form Body', {
      name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] },
    });
  }
  const thread: FakeChannel = { id, name, type: 11, parentId: place.channel.id };
  services.world.addThread(place.guild, thread);
  const json = { ...channelJson(thread, place.guild.id), owner_id: services.world.bot.id };
  if (services.gateway.intents !== undefined && services.gateway.intents & Intent.Guilds) {
    services.gateway.dispatch('THREAD_CREATE', { ...json, newly_created: true });
  }
  services.signal.notify();
  return created(json);
}
