import { Routes, type APIMessage } from 'discord.js';
import type { REST } from 'discord.js';

/** Where to look: back from the newest message, or forward from the one after `after`. */
export interface MessageSearch {
  /** Looks at the messages after this one, oldest first; without it, the newest first. */
  readonly after?: string;
  /** How many messages at most, in pages of 100. */
  readonly depth: number;
}

/**
 * The first of the bot's own messages in the channel that `matches`, or null when none is
 * within `depth`. Throws when the channel can't be read (the caller decides what that means).
 */
export async function findOwnMessage(
  rest: REST,
  channelId: string,
  botId: string,
  search: MessageSearch,
  matches: (message: APIMessage) => boolean,
): Promise<string | null> {
  let cursor = search.after;
  const forward = search.after !== undefined;
  for (let seen = 0; seen < search.depth; seen += 100) {
    const query = new URLSearchParams({ limit: '100' });
    if (cursor !== undefined) query.set(forward ? 'after' : 'before', cursor);
    const page = (await rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
    // Discord returns a page newest first, whichever way it was asked for.
    const ordered = forward ? [...page].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)) : page;
    const hit = ordered.find((message) => message.author.id === botId && matches(message));
    if (hit !== undefined) return hit.id;
    const last = ordered.at(-1);
    if (page.length < 100 || last === undefined) return null;
    cursor = last.id;
  }
  return null;
}
