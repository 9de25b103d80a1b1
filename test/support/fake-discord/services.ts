import type { AttachmentStore } from './attachments.js';
import type { FakeGateway } from './gateway.js';
import type { InteractionRegistry } from './interactions.js';
import type { Json } from './json.js';
import type { NonceMemory } from './messages.js';
import type { PollBook } from './polls.js';
import type { Signal } from './signal.js';
import type { ChannelPlace, WorldState } from './state.js';

/** Gateway intents the fake checks before delivering an event. */
export const Intent = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

/** What route handlers and test helpers share. */
export interface Services {
  readonly world: WorldState;
  readonly gateway: FakeGateway;
  readonly interactions: InteractionRegistry;
  /** Files users attach to slash commands, and the CDN route serving them. */
  readonly attachments: AttachmentStore;
  readonly nonces: NonceMemory;
  /** Votes on polls, and their results. */
  readonly polls: PollBook;
  readonly signal: Signal;
  readonly interactionDeadlineMs: number;
  readonly echoBotMessages: boolean;
  readonly gatewayUrl: () => string;
}

/**
 * Sends MESSAGE_CREATE as Discord would: only with the intent for guild or DM messages, with
 * `channel_type: 1` on DMs (discord.js drops DMs without it), and without content when the bot
 * lacks Message Content, unless it is a DM, mentions the bot, or is the bot's own. True when sent.
 */
export function deliverMessageCreate(services: Services, message: Json, place: ChannelPlace): boolean {
  const { gateway, world } = services;
  const intents = gateway.intents;
  // While the client is away, the gateway buffers the event for RESUME, as Discord does.
  if (intents === undefined) return false;
  const needed = place.kind === 'dm' ? Intent.DirectMessages : Intent.GuildMessages;
  if (!(intents & needed)) return false;
  const author = (message.author as Json | undefined)?.id;
  const mentionsBot = ((message.mentions as Json[] | undefined) ?? []).some(
    (user) => user.id === world.bot.id,
  );
  const readable =
    intents & Intent.MessageContent || place.kind === 'dm' || mentionsBot || author === world.bot.id;
  const visible = readable
    ? message
    : { ...message, content: '', embeds: [], attachments: [], components: [] };
  if (place.kind === 'dm') {
    gateway.dispatch('MESSAGE_CREATE', { ...visible, channel_type: 1 });
    return true;
  }
  const member = place.guild.members.find((candidate) => candidate.userId === author);
  gateway.dispatch('MESSAGE_CREATE', {
    ...visible,
    guild_id: place.guild.id,
    channel_type: place.channel.type ?? 0,
    ...(member ? { member: { ...memberWithoutUser(member.roles) } } : {}),
  });
  return true;
}

function memberWithoutUser(roles: readonly string[]): Json {
  return {
    roles: [...roles],
    nick: null,
    avatar: null,
    joined_at: '2025-01-01T00:00:00.000Z',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}
