import {
  Routes,
  type APIEmbed,
  type APIMessage,
  type REST,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { DayPostRequest, DmChannelOutcome, Notifier, SendOutcome } from '../../../app/ports.js';
import { DISCORD_PLATFORM } from '../actor.js';
import { failureOf } from './notifier-errors.js';
import { renderDayButtons } from '../render/day-button-row.js';
import { dayEmbedOf } from '../render/day-message.js';
import { EMBED_LIMITS, fitEmbeds, truncate } from '../render/embed-limits.js';
import { MESSAGE_CONTENT_LIMIT } from '../render/split-message.js';

/** Options of {@link createDiscordNotifier}. */
export interface DiscordNotifierOptions {
  /** Show "Ask a question" on day posts (only when the AI coach is configured). */
  readonly includeAsk?: boolean;
  /** How many of a channel's latest messages `findPost` looks through. */
  readonly findDepth?: number;
}

// Discord does not return a message's nonce when the message is read back, so each post
// carries a short reference derived from it, which `findPost` looks for after a crash.
const REF_LENGTH = 10;
const refOf = (nonce: string): string => `ref ${nonce.slice(0, REF_LENGTH)}`;

/**
 * The Notifier over discord.js's REST client (`client.rest`): every message goes out with
 * `nonce` + `enforce_nonce` (a resend within Discord's window returns the first message)
 * and no mentions parsed. Calls for different channels run in parallel; the REST client's
 * global limiter (50 requests/s) is the only brake. Platform errors become outcomes.
 */
export function createDiscordNotifier(rest: REST, options: DiscordNotifierOptions = {}): Notifier {
  const findDepth = options.findDepth ?? 200;
  let botUserId: Promise<string> | null = null;

  const send = async (channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<SendOutcome> => {
    try {
      const message = (await rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
      return { kind: 'sent', messageId: message.id };
    } catch (error) {
      return failureOf(error);
    }
  };

  const dayBody = (request: DayPostRequest): RESTPostAPIChannelMessageJSONBody => ({
    ...(request.preface == null ? {} : { content: truncate(request.preface, MESSAGE_CONTENT_LIMIT) }),
    embeds: [withRef(dayEmbedOf(request.place, request.planDays), request.nonce)],
    components: [renderDayButtons(request.place.day.day, { includeAsk: options.includeAsk ?? false })],
    nonce: request.nonce,
    enforce_nonce: true,
    allowed_mentions: { parse: [] },
  });

  const openDm = async (userId: string): Promise<DmChannelOutcome> => {
    try {
      const channel = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
        id: string;
      };
      return { kind: 'opened', channelId: channel.id };
    } catch (error) {
      return failureOf(error);
    }
  };

  const me = (): Promise<string> => {
    botUserId ??= (rest.get(Routes.user('@me')) as Promise<{ id: string }>).then((user) => user.id);
    botUserId.catch(() => (botUserId = null));
    return botUserId;
  };

  return {
    platform: DISCORD_PLATFORM,

    postDay: (channelId, request) => send(channelId, dayBody(request)),

    postText: (channelId, text, nonce) => {
      const suffix = `\n-# ${refOf(nonce)}`;
      const content = truncate(text, MESSAGE_CONTENT_LIMIT - suffix.length) + suffix;
      return send(channelId, { content, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } });
    },

    async findPost(channelId, nonce) {
      const ref = refOf(nonce);
      try {
        const botId = await me();
        let before: string | undefined;
        for (let seen = 0; seen < findDepth; seen += 100) {
          const query = new URLSearchParams({ limit: '100', ...(before === undefined ? {} : { before }) });
          const page = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
          const hit = page.find((message) => message.author.id === botId && carriesRef(message, ref));
          if (hit !== undefined) return hit.id;
          if (page.length < 100) return null;
          before = page[page.length - 1]?.id;
        }
        return null;
      } catch {
        // Unreadable now: the caller resends with the same nonce, which Discord deduplicates.
        return null;
      }
    },

    openDm,
  };
}

/** The embed with the reference at the end of its footer, refitted: fitting never cuts footers. */
function withRef(embed: APIEmbed, nonce: string): APIEmbed {
  const ref = refOf(nonce);
  const before = embed.footer?.text;
  const text =
    before === undefined ? ref : `${truncate(before, EMBED_LIMITS.footerText - ref.length - 3)} · ${ref}`;
  const [fitted] = fitEmbeds([{ ...embed, footer: { ...embed.footer, text } }]);
  return fitted ?? embed;
}

function carriesRef(message: APIMessage, ref: string): boolean {
  return message.content.endsWith(ref) || message.embeds.some((embed) => embed.footer?.text.endsWith(ref));
}
