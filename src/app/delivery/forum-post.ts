import type { ServerSettings } from '../../core/schedule/server-schedule.js';
import { forumTagsOfDay } from '../../core/schedule/forum-tags.js';
import type { DayPostRequest, Notifier, Store } from '../ports.js';
import { noteDayThread } from '../sharing/day-threads.js';
import type { DeliveryIo } from './deliver-once.js';

/**
 * A cohort's day as its own post in a forum channel. The post is the day's thread (one REST
 * call makes both, so there is no "post, then thread" to recover): it is noted under the server
 * and day as soon as it exists, sent or found again after a crash, before the marker is confirmed.
 * Forum posts carry no platform nonce, so recovery looks for the post's reference first and
 * sends again only when the forum surely has none (see `deliverOnce`).
 */
export function forumDayIo(
  where: {
    readonly notifier: Pick<Notifier, 'postDayInForum' | 'findForumPost'>;
    readonly store: Store;
    readonly guildId: string;
    readonly forumId: string;
  },
  request: DayPostRequest,
): DeliveryIo {
  const note = (threadId: string) =>
    noteDayThread(where.store, where.guildId, request.place.day.day, threadId);
  return {
    send: async () => {
      const tags = forumTagsOfDay(request.place.day);
      const sent = await where.notifier.postDayInForum(where.forumId, request, tags);
      if (sent.kind === 'sent') await note(sent.messageId);
      return sent;
    },
    find: async () => {
      const found = await where.notifier.findForumPost(where.forumId, request.nonce);
      if (typeof found === 'string') await note(found);
      return found;
    },
  };
}

// How long a forum post sent by a process that then died may still land: the REST client's
// 15 s timeout, and Discord's own delay, with room to spare. Recovery sends nothing before.
const SETTLE_MS = 120_000;

/** The store key that says when a forum post for `markerKey` was last sent (a new key: see ARCHITECTURE.md). */
export const forumSendKey = (markerKey: string): string => `forum-send:${markerKey}`;

/**
 * Forum posts carry no nonce, so a POST still on its way from a process that died could land
 * after recovery looked and found nothing. Each send is noted first; a recovery that finds no
 * post within {@link SETTLE_MS} of that note sends nothing now and is tried again later.
 */
export function withSettleWindow(io: DeliveryIo, store: Store, markerKey: string, now: Date): DeliveryIo {
  const key = forumSendKey(markerKey);
  return {
    send: async () => {
      await store.set(key, now.getTime(), SETTLE_MS * 10);
      return io.send();
    },
    find: async () => {
      const found = await io.find();
      if (found !== null) return found;
      const sentAt = await store.get(key);
      return typeof sentAt === 'number' && now.getTime() - sentAt < SETTLE_MS
        ? { unreadable: 'the earlier post may still be on its way' }
        : null;
    },
  };
}

/** A plain announcement (cycle complete, a section recap) in the server's channel: a message, or in a forum its own post. */
export function announcementIo(
  notifier: Pick<Notifier, 'postText' | 'findPost' | 'postTextInForum' | 'findForumPost'>,
  settings: Pick<ServerSettings, 'channelId' | 'channelKind'>,
  text: string,
  nonce: string,
): DeliveryIo {
  const { channelId } = settings;
  return settings.channelKind === 'forum'
    ? {
        send: () => notifier.postTextInForum(channelId, text, nonce),
        find: () => notifier.findForumPost(channelId, nonce),
      }
    : {
        send: () => notifier.postText(channelId, text, nonce),
        find: () => notifier.findPost(channelId, nonce),
      };
}
