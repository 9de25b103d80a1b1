import { nextSnowflake, userJson, type Json } from './json.js';
import { pollOf } from './polls.js';
import type { FakeUser, RecordedFile } from './types.js';

/** What a new message is made of. */
export interface NewMessage {
  readonly channelId: string;
  readonly guildId?: string | undefined;
  readonly author: FakeUser;
  readonly body: Json;
  readonly files?: readonly RecordedFile[];
  /** Set for interaction responses and follow-ups. */
  readonly webhookId?: string;
  readonly extra?: Json;
}

/** A message object as Discord returns it from REST and sends in MESSAGE_CREATE. */
export function buildMessage(input: NewMessage): Json {
  const { body } = input;
  const reference = body.message_reference as Json | undefined;
  return {
    id: nextSnowflake(),
    type: reference ? 19 : 0,
    channel_id: input.channelId,
    ...(input.guildId ? { guild_id: input.guildId } : {}),
    author: userJson(input.author),
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: attachmentsOf(body, input.files ?? [], []),
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
    ...(typeof body.poll === 'object' && body.poll !== null
      ? { poll: pollOf(body.poll as Json, Date.now()) }
      : {}),
    ...(reference ? { message_reference: { ...reference, type: 0, channel_id: input.channelId } } : {}),
    ...(input.webhookId ? { webhook_id: input.webhookId, application_id: input.webhookId } : {}),
    ...input.extra,
  };
}

/** Applies a PATCH body to a message in place, as Discord edits: only the fields sent change. */
export function editMessage(message: Json, body: Json, files: readonly RecordedFile[]): Json {
  const cleared: Json = { content: '', embeds: [], components: [], flags: 0 };
  for (const key of Object.keys(cleared)) {
    if (body[key] !== undefined) message[key] = body[key] ?? cleared[key];
  }
  if (body.attachments !== undefined || files.length > 0) {
    message.attachments = attachmentsOf(body, files, (message.attachments as Json[] | undefined) ?? []);
  }
  message.edited_timestamp = new Date().toISOString();
  return message;
}

/**
 * The message's attachments: kept ones (listed by their id) plus uploads, where an entry with
 * id `n` names the file sent as `files[n]`.
 */
function attachmentsOf(body: Json, files: readonly RecordedFile[], existing: readonly Json[]): Json[] {
  const listed = Array.isArray(body.attachments) ? (body.attachments as Json[]) : undefined;
  const kept = listed
    ? existing.filter((attachment) => listed.some((entry) => String(entry.id) === attachment.id))
    : body.attachments === undefined
      ? [...existing]
      : [];
  const uploads = files.map((file, index) => {
    const entry = listed?.find((candidate) => String(candidate.id) === String(index));
    const id = nextSnowflake();
    const filename = typeof entry?.filename === 'string' ? entry.filename : file.name;
    return {
      id,
      filename,
      size: file.size,
      content_type: file.contentType,
      url: `https://cdn.discordapp.invalid/attachments/${id}/${filename}`,
      proxy_url: `https://media.discordapp.invalid/attachments/${id}/${filename}`,
      ...(typeof entry?.description === 'string' ? { description: entry.description } : {}),
    };
  });
  return [...kept, ...uploads];
}

/** Remembers `enforce_nonce` nonces per author for a window, as Discord does. */
export class NonceMemory {
  private readonly seen = new Map<string, { message: Json; at: number }>();

  constructor(private readonly windowMs: number) {}

  /** The message this author already created with this nonce within the window. */
  find(authorId: string, nonce: unknown, now: number): Json | undefined {
    const entry = this.seen.get(`${authorId}:${String(nonce)}`);
    return entry && now - entry.at <= this.windowMs ? entry.message : undefined;
  }

  remember(authorId: string, nonce: unknown, message: Json, now: number): void {
    this.seen.set(`${authorId}:${String(nonce)}`, { message, at: now });
  }
}
