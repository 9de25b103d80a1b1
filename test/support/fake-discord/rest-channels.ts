import { apiError, noContent, ok } from './http-io.js';
import { dmChannelJson } from './json.js';
import { buildMessage, editMessage } from './messages.js';
import { Permission, channelPermissions } from './permissions.js';
import type { Route, RouteContext } from './router.js';
import { deliverMessageCreate, type Services } from './services.js';
import type { ChannelPlace } from './state.js';
import type { Reply } from './types.js';
import { nest, validateMessage } from './validate.js';
import { threadRoutes } from './rest-threads.js';
import { forumRoutes } from './rest-forums.js';

/** DM channels, channels and their messages, checked against the bot's permissions like Discord. */
export function channelRoutes(services: Services): Route[] {
  const { world } = services;
  const inChannel =
    (needs: bigint, handler: (place: ChannelPlace, context: RouteContext) => Reply): Route['handler'] =>
    (context) => {
      const place = world.place(context.params.channel ?? '');
      if (!place) return apiError(404, 10003, 'Unknown Channel');
      const refused = permissionProblem(services, place, needs);
      return refused ?? handler(place, context);
    };
  const channelId = (context: RouteContext) => context.params.channel ?? '';
  return [
    {
      method: 'POST',
      pattern: '/users/@me/channels',
      handler: ({ body }) => {
        const recipient = world.user(String(body.recipient_id ?? ''));
        return ok(dmChannelJson(world.dmChannel(recipient.id), recipient));
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channel',
      handler: inChannel(0n, (place) => ok(world.channelJson(place))),
    },
    {
      method: 'POST',
      pattern: '/channels/:channel/messages',
      handler: inChannel(Permission.SendMessages, (place, context) =>
        createMessage(services, place, context),
      ),
    },
    {
      method: 'GET',
      pattern: '/channels/:channel/messages',
      handler: inChannel(Permission.ReadMessageHistory, (_place, context) => {
        const limit = Math.min(100, Math.max(1, Number(context.query.get('limit') ?? 50)));
        const before = context.query.get('before');
        const after = context.query.get('after');
        const now = Date.now();
        const all = [...world.channelMessages(channelId(context))]
          .reverse()
          .map((message) => services.polls.settle(message, now));
        // `after`: the `limit` messages right after it, newest first like every page.
        if (after) {
          const later = all.filter((message) => BigInt(String(message.id)) > BigInt(after));
          return ok(later.slice(Math.max(0, later.length - limit)));
        }
        const from = before ? all.findIndex((message) => BigInt(String(message.id)) < BigInt(before)) : 0;
        return ok(from < 0 ? [] : all.slice(from, from + limit));
      }),
    },
    {
      method: 'GET',
      pattern: '/channels/:channel/messages/:message',
      handler: inChannel(Permission.ReadMessageHistory, (_place, context) => {
        const message = world.findMessage(channelId(context), context.params.message ?? '');
        return message
          ? ok(services.polls.settle(message, Date.now()))
          : apiError(404, 10008, 'Unknown Message');
      }),
    },
    {
      method: 'POST',
      pattern: '/channels/:channel/polls/:message/expire',
      handler: inChannel(0n, (_place, { params }) => {
        const message = world.findMessage(params.channel ?? '', params.message ?? '');
        if (!message) return apiError(404, 10008, 'Unknown Message');
        if ((message.author as { id?: string }).id !== world.bot.id)
          return apiError(403, 50005, 'Cannot edit a message authored by another user');
        if (message.poll === undefined) return apiError(400, 520006, 'Cannot expire a non-poll message');
        services.polls.end(message, Date.now());
        return ok(message);
      }),
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channel/messages/:message',
      handler: inChannel(0n, (_place, { params, body, files }) => {
        const message = world.findMessage(params.channel ?? '', params.message ?? '');
        if (!message) return apiError(404, 10008, 'Unknown Message');
        if ((message.author as { id?: string }).id !== world.bot.id) {
          return apiError(403, 50005, 'Cannot edit a message authored by another user');
        }
        // Discord's Edit Message docs: messages with a poll cannot be edited. The docs name no
        // code for it, so the fake answers like any refused body (400 / 50035).
        if (message.poll !== undefined)
          return apiError(
            400,
            50035,
            'Invalid Form Body',
            nest([
              {
                path: ['poll'],
                code: 'POLL_MESSAGE_EDIT',
                message: 'Messages with a poll cannot be edited.',
              },
            ]),
          );
        const invalid = validateMessage(body, { isNew: false, hasFiles: files.length > 0, files });
        return invalid ?? ok(editMessage(message, body, files));
      }),
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channel/messages/:message',
      handler: inChannel(0n, (_place, { params }) => {
        const list = world.channelMessages(params.channel ?? '');
        const index = list.findIndex((message) => message.id === params.message);
        if (index < 0) return apiError(404, 10008, 'Unknown Message');
        list.splice(index, 1);
        return noContent();
      }),
    },
    {
      method: 'POST',
      pattern: '/channels/:channel/typing',
      handler: inChannel(Permission.SendMessages, () => noContent()),
    },
    ...threadRoutes(services, inChannel, permissionProblem),
    ...forumRoutes(services, inChannel),
  ];
}

/** Discord's answer when the bot may not do this here: 50001 without View Channel, 50013 without the permission. */
export function permissionProblem(services: Services, place: ChannelPlace, needs: bigint): Reply | undefined {
  if (place.kind === 'dm') return undefined;
  const permissions = channelPermissions(place.guild, services.world.bot.id, place.channel);
  if (!(permissions & Permission.ViewChannel)) return apiError(403, 50001, 'Missing Access');
  // In threads, sending needs Send Messages in Threads instead of Send Messages.
  const wanted =
    place.channel.type === 11 && needs === Permission.SendMessages ? Permission.SendMessagesInThreads : needs;
  if ((permissions & wanted) !== wanted) return apiError(403, 50013, 'Missing Permissions');
  return undefined;
}

function createMessage(services: Services, place: ChannelPlace, { body, files }: RouteContext): Reply {
  const { world, nonces } = services;
  if (place.kind === 'guild' && place.channel.type === 15) {
    return apiError(400, 50008, 'Cannot send messages in a non-text channel');
  }
  if (place.kind === 'dm' && place.recipient.dmsClosed) {
    return apiError(403, 50007, 'Cannot send messages to this user');
  }
  if (files.length > 0) {
    const refused = permissionProblem(services, place, Permission.AttachFiles);
    if (refused) return refused;
  }
  const invalid = validateMessage(body, { isNew: true, hasFiles: files.length > 0, files });
  if (invalid) return invalid;
  const now = Date.now();
  if (body.enforce_nonce === true && body.nonce !== undefined) {
    const existing = nonces.find(world.bot.id, body.nonce, now);
    if (existing) return ok(existing);
  }
  const channelId = place.kind === 'dm' ? place.id : place.channel.id;
  const guildId = place.kind === 'guild' ? place.guild.id : undefined;
  const message = buildMessage({ channelId, guildId, author: world.bot, body, files });
  world.channelMessages(channelId).push(message);
  if (body.nonce !== undefined) nonces.remember(world.bot.id, body.nonce, message, now);
  services.signal.notify();
  if (services.echoBotMessages) deliverMessageCreate(services, message, place);
  return ok(message);
}
