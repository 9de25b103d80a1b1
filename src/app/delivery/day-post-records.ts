import { z } from 'zod';
import { LocalDateSchema } from '../../core/learner/learner.js';
import type { Store } from '../ports.js';
import { readCurrentRecords, writeRecord } from '../storage/versioned-records.js';
import type { DeliveryIo } from './deliver-once.js';

const DAY_POST_VERSION = 1;

/** A server's post of one plan day: where it went, and whether it carried the day poll. */
const DayPostRecordSchema = z.object({
  day: z.number().int().positive(),
  /** The local date of the slot it was posted for. */
  slotDate: LocalDateSchema,
  channelId: z.string().min(1),
  messageId: z.string().min(1),
  /** The post was sent with the "How hard was today?" poll. */
  poll: z.boolean(),
  /** The poll's counts once the platform said they are final (they never change after). */
  finalCounts: z.array(z.number().int().nonnegative()).optional(),
});

/** What the store keeps of a server's post of one plan day. */
export type DayPostRecord = z.infer<typeof DayPostRecordSchema>;

/** Store key of a server's post of `day`; a later post of the same day (a new cohort) replaces it. */
export const dayPostKey = (guildId: string, day: number): string => `day-post:${guildId}:${day}`;

/**
 * A cohort's day post whose message is noted under the server and day once it is sent (or
 * found after a crash), before its marker is confirmed: the admin's report reads the poll of
 * every posted day from it. Noting it again for the same message changes nothing.
 */
export function withDayPostRecord(
  io: DeliveryIo,
  where: { readonly store: Store; readonly guildId: string },
  post: Omit<DayPostRecord, 'messageId' | 'finalCounts'>,
): DeliveryIo {
  const note = (messageId: string) =>
    writeRecord(where.store, dayPostKey(where.guildId, post.day), DAY_POST_VERSION, { ...post, messageId });
  return {
    send: async () => {
      const sent = await io.send();
      if (sent.kind === 'sent') await note(sent.messageId);
      return sent;
    },
    find: async () => {
      const found = await io.find();
      if (typeof found === 'string') await note(found);
      return found;
    },
  };
}

/** The server's posts of `days` that the store noted, in the order of `days`, in one read. */
export async function loadDayPosts(
  store: Store,
  guildId: string,
  days: readonly number[],
): Promise<DayPostRecord[]> {
  const keys = days.map((day) => dayPostKey(guildId, day));
  const records = await readCurrentRecords(store, keys, DayPostRecordSchema, DAY_POST_VERSION);
  return records.filter((record): record is DayPostRecord => record !== undefined);
}

/** Keeps a poll's final counts with its post, so later reports need not ask the platform again. */
export async function keepFinalCounts(
  store: Store,
  guildId: string,
  record: DayPostRecord,
  counts: readonly number[],
): Promise<void> {
  await writeRecord(store, dayPostKey(guildId, record.day), DAY_POST_VERSION, {
    ...record,
    finalCounts: [...counts],
  });
}
