import type { DayPlace } from '../../core/curriculum/plan-lookup.js';
import type { DeliveryIo } from './deliver-once.js';
import type { Logger, Notifier, Store } from '../ports.js';
import { forgetDayThread, noteDayThread } from '../sharing/day-threads.js';

/**
 * A cohort's day post with its discussion thread: the thread is opened right after the post
 * goes out, and again when crash recovery finds a post whose send was interrupted (the
 * platform keeps one thread per message, so a second ask gets the same thread). The post's
 * marker is confirmed only after this, so a crash never leaves a posted day without its thread.
 * The thread is noted under the server and day, so proof can be shared in it.
 * A thread that can't be opened (a missing permission) is logged, and any thread an earlier
 * post of the same day opened is forgotten; the post still counts.
 */
export function withDayThread(
  io: DeliveryIo,
  where: {
    readonly notifier: Notifier;
    readonly logger: Logger;
    readonly channelId: string;
    readonly store: Store;
    readonly guildId: string;
  },
  place: DayPlace,
): DeliveryIo {
  const open = async (messageId: string): Promise<void> => {
    const thread = await where.notifier.openDayThread(where.channelId, messageId, place);
    if (thread.kind === 'opened') {
      await noteDayThread(where.store, where.guildId, place.day.day, thread.threadId);
    } else {
      // Shared proof and the day poll must not land in an earlier cohort's thread of the same day.
      await forgetDayThread(where.store, where.guildId, place.day.day);
      where.logger.warn('could not open the day thread', {
        channelId: where.channelId,
        messageId,
        day: place.day.day,
        reason: thread.kind,
        detail: thread.detail,
      });
    }
  };
  return {
    send: async () => {
      const sent = await io.send();
      if (sent.kind === 'sent') await open(sent.messageId);
      return sent;
    },
    find: async () => {
      const found = await io.find();
      if (typeof found === 'string') await open(found);
      return found;
    },
  };
}
