import type { DispatchedInteraction, InteractionRecord } from './interactions.js';
import { interactionBase, type InteractionBase, type InteractionWhere } from './interaction-payloads.js';
import { buildMessage } from './messages.js';
import { modalSubmitData, type ModalAnswers } from './modal-submit.js';
import { userJson, type Json } from './json.js';
import { deliverMessageCreate, type Services } from './services.js';
import { slashData, type SlashCommand } from './slash-data.js';

/** A slash command use, and where it happens. */
export type SlashInput = SlashCommand & InteractionWhere;

/** A learner typing into an autocomplete option: the options so far, and the one being typed in. */
export interface AutocompleteInput extends SlashInput {
  /** The option the user is typing in; its value (a string, as Discord sends it) is in `options`. */
  readonly focused: string;
}

/** A button click; `message` is the message the button is on (a stored one by id, or a reply you got). */
export interface ButtonInput extends InteractionWhere {
  readonly customId: string;
  readonly message?: Json | string;
}

/**
 * A modal submission: text input values and uploaded files by their input's custom_id. When the
 * bot showed the user this modal, the submission is checked against it (see `modalSubmitData`).
 */
export interface ModalInput extends InteractionWhere, ModalAnswers {
  readonly message?: Json | string;
}

/** A user's message to dispatch as MESSAGE_CREATE. */
export interface UserMessageInput {
  readonly content: string;
  readonly authorId?: string;
  /** Guild channel; defaults to the first guild's first text channel. Ignored for DMs. */
  readonly channelId?: string;
  /** Puts `<@bot>` in front and the bot in `mentions`. */
  readonly mentionBot?: boolean;
}

/** A dispatched user message: the message, and whether the bot's intents let Discord deliver it. */
export interface DispatchedMessage {
  readonly message: Json;
  readonly delivered: boolean;
}

const lastBotMessage = Symbol('last bot message');

/** Test-side helpers that act as a user: interactions and messages. */
export function dispatchHelpers(services: Services) {
  const { world } = services;
  const start = (
    type: number,
    where: InteractionWhere,
    data: (base: InteractionBase) => Json,
    message?: Json | string | typeof lastBotMessage,
  ): DispatchedInteraction => {
    const base = interactionBase(world, type, where);
    const source = resolveMessage(services, base.channelId, message);
    const payload: Json = { ...base.payload, data: data(base), ...(source ? { message: source } : {}) };
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      payload,
      channelId: base.channelId,
      guildId: base.guild?.id,
      createdAt: Date.now(),
      sourceMessage: source,
      callback: undefined,
      original: undefined,
      loading: false,
      followUps: [],
    };
    const handle = services.interactions.add(record);
    services.gateway.dispatch('INTERACTION_CREATE', payload);
    return handle;
  };
  return {
    slash: (input: SlashInput) =>
      start(2, input, (base) => slashData(world, base.guild, input, base.userId, services.attachments)),
    autocomplete: (input: AutocompleteInput) =>
      start(4, input, (base) =>
        focus(slashData(world, base.guild, input, base.userId, services.attachments), input.focused),
      ),
    button: (input: ButtonInput) =>
      start(
        3,
        input,
        () => ({ custom_id: input.customId, component_type: 2 }),
        input.message ?? lastBotMessage,
      ),
    modal: (input: ModalInput) =>
      start(
        5,
        input,
        (base) =>
          modalSubmitData(
            input,
            services.interactions.shownModal(input.customId, base.userId),
            services.attachments,
          ),
        input.message,
      ),
    guildMessage: (input: UserMessageInput): DispatchedMessage => {
      const guild = world.guilds.values().next().value;
      const channel =
        guild?.channels.find((candidate) => candidate.id === input.channelId) ??
        guild?.channels.find((candidate) => (candidate.type ?? 0) === 0);
      if (!guild || !channel) throw new Error('Fake Discord: no guild text channel for the message');
      return userMessage(services, { kind: 'guild', guild, channel }, input);
    },
    directMessage: (input: UserMessageInput): DispatchedMessage => {
      const author = world.user(input.authorId ?? defaultUser(services));
      return userMessage(services, { kind: 'dm', id: world.dmChannel(author.id), recipient: author }, input);
    },
  };
}

/** Marks the option being typed in, as Discord does: `focused: true`, its value always a string. */
function focus(data: Json, name: string): Json {
  const mark = (options: Json[]): Json[] =>
    options.map((option) => {
      if (Array.isArray(option.options)) return { ...option, options: mark(option.options as Json[]) };
      return option.name === name ? { ...option, value: String(option.value), focused: true } : option;
    });
  return { ...data, options: mark((data.options as Json[] | undefined) ?? []) };
}

function resolveMessage(
  services: Services,
  channelId: string,
  message: Json | string | typeof lastBotMessage | undefined,
): Json | undefined {
  const { world } = services;
  if (message === undefined) return undefined;
  if (typeof message === 'object') return message;
  const list = world.channelMessages(channelId);
  if (message === lastBotMessage) {
    const found = [...list].reverse().find((candidate) => (candidate.author as Json).id === world.bot.id);
    return found ?? buildMessage({ channelId, author: world.bot, body: { content: '' } });
  }
  const found = world.findMessage(channelId, message);
  if (!found) throw new Error(`Fake Discord: no message ${message} in channel ${channelId}`);
  return found;
}

function defaultUser(services: Services): string {
  const user = [...services.world.users.values()].find((candidate) => !candidate.bot);
  if (!user) throw new Error('Fake Discord: the world has no user');
  return user.id;
}

function userMessage(
  services: Services,
  place: Parameters<typeof deliverMessageCreate>[2],
  input: UserMessageInput,
): DispatchedMessage {
  const { world } = services;
  const author = world.user(
    input.authorId ?? (place.kind === 'dm' ? place.recipient.id : defaultUser(services)),
  );
  const content = input.mentionBot ? `<@${world.bot.id}> ${input.content}` : input.content;
  const channelId = place.kind === 'dm' ? place.id : place.channel.id;
  const guildId = place.kind === 'guild' ? place.guild.id : undefined;
  const message = buildMessage({ channelId, guildId, author, body: { content } });
  if (input.mentionBot) message.mentions = [userJson(world.bot)];
  world.channelMessages(channelId).push(message);
  const delivered = deliverMessageCreate(services, message, place);
  services.signal.notify();
  return { message, delivered };
}
