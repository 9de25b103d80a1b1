import {
  DiscordAPIError,
  Routes,
  type APIMessage,
  type REST,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { ForumTag } from '../../../core/schedule/forum-tags.js';
import type {
  DayPostRequest,
  DeleteOutcome,
  DmChannelOutcome,
  FoundPost,
  Notifier,
  SendOutcome,
  ThreadOutcome,
} from '../../../app/ports.js';
import type { DayPlace } from '../../../core/curriculum/plan-lookup.js';
import { DISCORD_PLATFORM } from '../actor.js';
import { DISCORD_CODES, failureOf } from './notifier-errors.js';
import { findForumPost, forumPostName, postInForum } from './forum-posts.js';
import { findOwnMessage } from './find-own-message.js';
import { buttonRefOf, carriesRef, refOf } from './post-refs.js';
import { renderDayButtons, withButtonRef } from '../render/day-button-row.js';
import { renderReminderLine } from '../../../presenters/text/reminder-text.js';
import { reminderButtons } from '../components/reminder-buttons.js';
import { dayEmbedOf } from '../render/day-message.js';
import { dayPollBody, dayPollResultsOf } from '../render/day-poll.js';
import { sharedProofEmbed } from '../render/shared-proof.js';
import { truncate } from '../render/embed-limits.js';
import { MESSAGE_CONTENT_LIMIT } from '../render/split-message.js';

/** Options of {@link createDiscordNotifier}. */
export interface DiscordNotifierOptions {
  /** Show "Ask a question" on day posts (only when the AI coach is configured). */
  readonly includeAsk?: boolean;
  /** How many of a channel's latest messages `findPost` looks through. */
  readonly findDepth?: number;
}

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

  const dayMessage = (request: DayPostRequest): RESTPostAPIChannelMessageJSONBody => ({
    ...contentOf(request),
    embeds: [dayEmbedOf(request.place, request.planDays)],
    components: [
      withButtonRef(
        renderDayButtons(request.place.day.day, { includeAsk: options.includeAsk ?? false }),
        buttonRefOf(request.nonce),
      ),
      ...(request.reminder === undefined
        ? []
        : [reminderButtons(request.reminder.slotDate, request.reminder.snoozed)]),
    ],
    allowed_mentions: { parse: [] },
  });
  const dayBody = (request: DayPostRequest): RESTPostAPIChannelMessageJSONBody => ({
    ...dayMessage(request),
    nonce: request.nonce,
    enforce_nonce: true,
  });
  const textContent = (text: string, nonce: string): string => {
    const suffix = `\n-# ${refOf(nonce)}`;
    return truncate(text, MESSAGE_CONTENT_LIMIT - suffix.length) + suffix;
  };

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

  const openDayThread = async (
    channelId: string,
    messageId: string,
    place: DayPlace,
  ): Promise<ThreadOutcome> => {
    try {
      const thread = (await rest.post(Routes.threads(channelId, messageId), {
        body: { name: threadNameOfDay(place), auto_archive_duration: ONE_WEEK_MINUTES },
      })) as { id: string };
      return { kind: 'opened', threadId: thread.id };
    } catch (error) {
      // One thread per message: it is already open (the thread takes the message's id).
      if (error instanceof DiscordAPIError && error.code === DISCORD_CODES.threadAlreadyCreated) {
        return { kind: 'opened', threadId: messageId };
      }
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

    postText: (channelId, text, nonce) =>
      send(channelId, {
        content: textContent(text, nonce),
        nonce,
        enforce_nonce: true,
        allowed_mentions: { parse: [] },
      }),

    postDayInForum: (forumId, request, tags: readonly ForumTag[]) =>
      postInForum(rest, forumId, {
        name: threadNameOfDay(request.place),
        message: dayMessage(request),
        tags,
        autoArchiveMinutes: ONE_WEEK_MINUTES,
      }),

    postTextInForum: (forumId, text, nonce) =>
      postInForum(rest, forumId, {
        name: forumPostName(text),
        message: { content: textContent(text, nonce), allowed_mentions: { parse: [] } },
        tags: [],
        autoArchiveMinutes: ONE_WEEK_MINUTES,
      }),

    findForumPost: async (forumId, nonce): Promise<FoundPost> => {
      try {
        return await findForumPost(rest, forumId, await me(), (message) => carriesRef(message, nonce));
      } catch (error) {
        return { unreadable: failureOf(error).detail };
      }
    },

    // Nothing but the poll: Discord refuses a poll beside other fields (attachments still), and
    // a message with a poll can't be edited, so it never shares the post's message.
    postDayPoll: (channelId, nonce) =>
      send(channelId, { poll: dayPollBody(), nonce, enforce_nonce: true, allowed_mentions: { parse: [] } }),

    // A poll message carries no reference: the bot's first day poll after the post is the day's
    // (in the day's thread there is no other; in the channel the next one follows the next post).
    async findDayPoll(channelId, afterId) {
      try {
        return await findOwnMessage(
          rest,
          channelId,
          await me(),
          { after: afterId, depth: findDepth },
          isDayPoll,
        );
      } catch {
        // Unreadable now: the caller resends with the same nonce, which Discord deduplicates.
        return null;
      }
    },

    async findPost(channelId, nonce) {
      try {
        return await findOwnMessage(rest, channelId, await me(), { depth: findDepth }, (message) =>
          carriesRef(message, nonce),
        );
      } catch {
        // Unreadable now: the caller resends with the same nonce, which Discord deduplicates.
        return null;
      }
    },

    // The bot's own message: Discord returns its poll without the Message Content intent.
    async dayPollResults(channelId, messageId) {
      try {
        const message = (await rest.get(Routes.channelMessage(channelId, messageId))) as APIMessage;
        return dayPollResultsOf(message);
      } catch (error) {
        const failure = failureOf(error);
        return { kind: 'unreadable', reason: failure.kind };
      }
    },

    openDm,

    openDayThread,

    postShare: (threadId, share) =>
      send(threadId, { embeds: [sharedProofEmbed(share)], allowed_mentions: { parse: [] } }),

    async deleteMessage(channelId, messageId): Promise<DeleteOutcome> {
      try {
        await rest.delete(Routes.channelMessage(channelId, messageId));
        return { kind: 'deleted' };
      } catch (error) {
        return failureOf(error);
      }
    },
  };
}

// A day's thread stays in the channel list for a week of conversation, then archives itself.
const ONE_WEEK_MINUTES = 10_080;

/** "Day 32 · RDD Fundamentals": the day post's own title, within Discord's 100 characters for a thread name. */
function threadNameOfDay(place: DayPlace): string {
  return truncate(`Day ${place.day.day} · ${place.day.title}`, 100);
}

/** The words above a day's embed: the end-of-cycle preface, a reminder's personal line, or none. */
function contentOf(request: DayPostRequest): { content?: string } {
  const parts = [
    request.preface ?? null,
    request.reminder === undefined ? null : renderReminderLine(request.reminder.line),
  ];
  const content = parts.filter((part): part is string => part !== null && part !== '').join('\n\n');
  return content === '' ? {} : { content: truncate(content, MESSAGE_CONTENT_LIMIT) };
}

function isDayPoll(message: APIMessage): boolean {
  return message.poll?.question.text === dayPollBody().question.text;
}
