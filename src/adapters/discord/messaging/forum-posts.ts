import {
  DiscordAPIError,
  Routes,
  type APIGuildForumChannel,
  type APIMessage,
  type APIThreadChannel,
  type REST,
  type RESTPostAPIChannelMessageJSONBody,
  type RESTPostAPIGuildForumThreadsJSONBody,
} from 'discord.js';
import type { SendOutcome } from '../../../app/ports.js';
import type { ForumTag } from '../../../core/schedule/forum-tags.js';
import { truncate } from '../render/embed-limits.js';
import { failureOf } from './notifier-errors.js';

// A forum post's title is a thread name: 1 to 100 characters.
const NAME_LIMIT = 100;
// Recovery looks through the bot's newest open posts in the forum; a crashed post is hours old at most.
const FIND_DEPTH = 10;

/** One forum post: its title, first message, and the names of the forum's tags to apply. */
export interface ForumPost {
  readonly name: string;
  readonly message: RESTPostAPIChannelMessageJSONBody;
  readonly tags: readonly ForumTag[];
  readonly autoArchiveMinutes: 60 | 1440 | 4320 | 10080;
}

/**
 * Starts a post in a forum (POST /channels/{forum}/threads with a `message`): one call makes
 * the thread and its first message, which share an id. Tags are applied by id, looked up on
 * the forum by name; a tag the forum lacks is left off rather than failing the day.
 */
export async function postInForum(rest: REST, forumId: string, post: ForumPost): Promise<SendOutcome> {
  try {
    const appliedTags = post.tags.length === 0 ? [] : await tagIdsOf(rest, forumId, post.tags);
    const body: RESTPostAPIGuildForumThreadsJSONBody = {
      name: post.name,
      auto_archive_duration: post.autoArchiveMinutes,
      applied_tags: appliedTags,
      message: post.message,
    };
    const thread = (await rest.post(Routes.threads(forumId), { body })) as APIThreadChannel;
    return { kind: 'sent', messageId: thread.id };
  } catch (error) {
    return failureOf(error);
  }
}

async function tagIdsOf(rest: REST, forumId: string, names: readonly ForumTag[]): Promise<string[]> {
  const forum = (await rest.get(Routes.channel(forumId))) as Partial<APIGuildForumChannel>;
  const wanted = new Set<string>(names);
  return (forum.available_tags ?? [])
    .filter((tag) => wanted.has(tag.name.toLowerCase()))
    .map((tag) => tag.id);
}

/**
 * The bot's post in a forum whose first message `matches`, among its newest open posts;
 * null when none does. Throws when the forum can't be read, so the caller sends nothing.
 */
export async function findForumPost(
  rest: REST,
  forumId: string,
  botId: string,
  matches: (message: APIMessage) => boolean,
): Promise<string | null> {
  const forum = (await rest.get(Routes.channel(forumId))) as { guild_id?: string };
  if (forum.guild_id === undefined) return null;
  const { threads } = (await rest.get(Routes.guildActiveThreads(forum.guild_id))) as {
    threads: APIThreadChannel[];
  };
  const newestFirst = threads
    .filter((thread) => thread.parent_id === forumId && thread.owner_id === botId)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
    .slice(0, FIND_DEPTH);
  for (const thread of newestFirst) {
    const starter = await starterOf(rest, thread.id);
    if (starter !== null && matches(starter)) return thread.id;
  }
  return null;
}

// The first message of a forum post has the post's id; a deleted one is 404 (not this post).
async function starterOf(rest: REST, threadId: string): Promise<APIMessage | null> {
  try {
    return (await rest.get(Routes.channelMessage(threadId, threadId))) as APIMessage;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 404) return null;
    throw error;
  }
}

/** A text's forum title: its first line without Markdown marks, within a thread name's 100 characters. */
export function forumPostName(text: string): string {
  const firstLine = (text.split('\n').find((line) => line.trim() !== '') ?? '')
    .replace(/[#*_~`>|]/g, '')
    .trim();
  return truncate(firstLine === '' ? 'Study Coach' : firstLine, NAME_LIMIT);
}
