import {
  MessageFlags,
  MessagePayload,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type AttachmentPayload,
  type RepliableInteraction,
} from 'discord.js';
import type { DiscordContext } from './discord-command.js';
import { fitEmbeds } from './render/embed-limits.js';
import { splitMessage } from './render/split-message.js';

/** A reply as handlers build it; `answer` fits it into Discord's limits. */
export interface ReplyBody {
  readonly content?: string;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Files attached under the last piece (a progress card, an export). */
  readonly files?: readonly ReplyFile[];
  /** Further messages sent as follow-ups, such as files that do not fit in one message. */
  readonly more?: readonly ReplyBody[];
}

/** One attachment of a reply. */
export interface ReplyFile {
  readonly name: string;
  readonly data: Buffer;
  /** Alt text for the attachment (Discord shows it to screen readers). */
  readonly description?: string;
  /** The file's media type; without it discord.js guesses from the bytes, and text has none to guess from. */
  readonly contentType?: string;
}

/** What `settleWithin` gives when the work was not done in time. */
export const LATE = Symbol('late');

/**
 * Answers an interaction with what `produce` makes: directly when it is ready within
 * `deferAfterMs`, otherwise after a deferral, so Discord always hears back within 3 s.
 * Replies are ephemeral in servers (they are about the learner's own data) and plain in DMs.
 */
export async function answer(
  interaction: RepliableInteraction,
  context: Pick<DiscordContext, 'deferAfterMs'>,
  produce: () => Promise<ReplyBody>,
): Promise<void> {
  const ephemeral = interaction.inGuild();
  const work = produce();
  const first = await settleWithin(work, context.deferAfterMs);
  if (first !== LATE) return send(interaction, first, ephemeral);
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  return send(interaction, await work, ephemeral);
}

/** The work's result if it settles within `ms`, else `LATE` (the work carries on). */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((resolve) => {
    timer = setTimeout(() => resolve(LATE), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Message {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  files?: AttachmentPayload[];
  /** The media type of each file, in order (discord.js's options have no place for it). */
  types?: (string | undefined)[];
}

/** The body as messages: text cut at 2,000 characters, embeds and buttons under the last piece. */
function compose(body: ReplyBody): Message[] {
  const chunks = body.content === undefined || body.content === '' ? [] : splitMessage(body.content);
  const messages: Message[] = chunks.map((content) => ({ content }));
  const attached: Message = {
    embeds: fitEmbeds(body.embeds ?? []),
    components: [...(body.components ?? [])],
  };
  if (body.files !== undefined && body.files.length > 0) {
    attached.files = body.files.map((file) => ({
      attachment: file.data,
      name: file.name,
      description: file.description,
    }));
    attached.types = body.files.map((file) => file.contentType);
  }
  const last = messages.pop();
  return [...messages, { ...last, ...attached }];
}

/** Sends the reply (or the deferred reply's edit), then follow-ups for the rest. */
async function send(interaction: RepliableInteraction, body: ReplyBody, ephemeral: boolean): Promise<void> {
  const [first, ...rest] = compose(body);
  const flags = ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
  if (interaction.deferred) await interaction.editReply(await typed(interaction.webhook, first ?? {}));
  else await interaction.reply(await typed(interaction, { ...first, ...flags }));
  const more = (body.more ?? []).flatMap((extra) => compose(extra));
  for (const message of [...rest, ...more]) {
    await interaction.followUp(await typed(interaction.webhook, { ...message, ...flags }));
  }
}

/**
 * The message as a payload whose files carry their media types: discord.js resolves a Buffer
 * without one, and files resolved beforehand are sent as they are.
 */
async function typed<T extends Message>(
  target: RepliableInteraction | RepliableInteraction['webhook'],
  message: T,
): Promise<MessagePayload | Omit<T, 'types'>> {
  const { types, ...options } = message;
  if (types === undefined || types.every((type) => type === undefined)) return options;
  const payload = await MessagePayload.create(target, options).resolveBody().resolveFiles();
  payload.files = (payload.files ?? []).map((file, index) => ({
    ...file,
    contentType: types?.[index] ?? file.contentType,
  }));
  return payload;
}
