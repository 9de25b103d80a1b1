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
