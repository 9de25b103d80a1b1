import { apiError, created } from './http-io.js';
import { channelJson, nextSnowflake, type Json } from './json.js';
import { buildMessage } from './messages.js';
import { Permission } from './permissions.js';
import type { Route, RouteContext } from './router.js';
import { deliverMessageCreate, Intent, type Services } from './services.js';
import type { ChannelPlace, GuildState } from './state.js';
import type { FakeChannel, Reply } from './types.js';
import { validateMessage } from './validate.js';

type InChannel = (
  needs: bigint,
  handler: (place: ChannelPlace, context: RouteContext) => Reply,
) => Route['handler'];

type Refusal = (services: Services, place: ChannelPlace, needs: bigint) => Reply | undefined;

const FORUM = 15;
// A forum post may carry at most 5 of its forum's tags.
const MAX_APPLIED_TAGS = 5;

/**
 * Public threads, from a message (the thread takes the message's id, as on Discord) or on their
 * own; in a forum channel (type 15) a thread is a post, started with its first message, whose
 * id is the thread's. A forum post needs Send Messages ("Create Posts") there, not Create Public Threads.
 */
export function threadRoutes(services: Services, inChannel: InChannel, refused: Refusal): Route[] {
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
      handler: inChannel(0n, (place, { body }) => {
        const forum = place.kind === 'guild' && place.channel.type === FORUM;
        const problem = refused(
          services,
          place,
          forum ? Permission.SendMessages : Permission.CreatePublicThreads,
        );
        if (problem) return problem;
        return forum
          ? startForumPost(services, place, body)
          : startThread(services, place, nextSnowflake(), body);
      }),
    },
  ];
}

function badName(body: Json): Reply | undefined {
  const name = typeof body.name === 'string' ? body.name : '';
  if (name.length >= 1 && name.length <= 100) return undefined;
  return apiError(400, 50035, 'Invalid Form Body', {
    name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] },
  });
}

function startThread(services: Services, place: ChannelPlace, id: string, body: Json): Reply {
  if (place.kind !== 'guild' || (place.channel.type ?? 0) !== 0) {
    return apiError(400, 50024, 'Cannot execute action on this channel type');
  }
  const invalid = badName(body);
  if (invalid) return invalid;
  const thread: FakeChannel = { id, name: String(body.name), type: 11, parentId: place.channel.id };
  return created(addThread(services, place.guild, { ...thread, ownerId: services.world.bot.id }));
}

/** A forum's channel flag: every post must apply a tag. */
const REQUIRE_TAG = 1 << 4;

/** POST /channels/{forum}/threads: the post (a thread) and its first message, one id for both. */
function startForumPost(services: Services, place: ChannelPlace & { kind: 'guild' }, body: Json): Reply {
  const invalid = badName(body);
  if (invalid) return invalid;
  const message = body.message;
  if (typeof message !== 'object' || message === null) {
    return apiError(400, 50035, 'Invalid Form Body', {
      message: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] },
    });
  }
  const badMessage = validateMessage(message as Json, { isNew: true, hasFiles: false });
  if (badMessage) return badMessage;
  const tags = Array.isArray(body.applied_tags) ? body.applied_tags.map(String) : [];
  const known = new Set((place.channel.availableTags ?? []).map((tag) => tag.id));
  if (tags.length > MAX_APPLIED_TAGS || tags.some((tag) => !known.has(tag))) {
    return apiError(400, 50035, 'Invalid Form Body', {
      applied_tags: { _errors: [{ code: 'INVALID_TAG', message: 'Tag is not available in this forum.' }] },
    });
  }
  // Discord: a forum with REQUIRE_TAG refuses a post that applies none (40067).
  if (((place.channel.flags ?? 0) & REQUIRE_TAG) !== 0 && tags.length === 0) {
    return apiError(400, 40067, 'A tag is required to create a forum post in this channel');
  }
  const id = nextSnowflake();
  const { world } = services;
  const thread: FakeChannel = {
    id,
    name: String(body.name),
    type: 11,
    parentId: place.channel.id,
    appliedTags: tags,
    ownerId: world.bot.id,
  };
  const json = addThread(services, place.guild, thread);
  const starter = buildMessage({
    channelId: id,
    guildId: place.guild.id,
    author: world.bot,
    body: message as Json,
    extra: { id, position: 0 },
  });
  world.channelMessages(id).push(starter);
  if (services.echoBotMessages) deliverMessageCreate(services, starter, { ...place, channel: thread });
  return created({ ...json, message: starter });
}

function addThread(services: Services, guild: GuildState, thread: FakeChannel): Json {
  services.world.addThread(guild, thread);
  const json = channelJson(thread, guild.id);
  if (services.gateway.intents !== undefined && services.gateway.intents & Intent.Guilds) {
    services.gateway.dispatch('THREAD_CREATE', { ...json, newly_created: true });
  }
  services.signal.notify();
  return json;
}
