import { z } from 'zod';
import { LocalDateSchema } from '../../core/learner/learner.js';
import type { Store } from '../ports.js';
import { readCurrentRecords, writeRecord } from '../storage/versioned-records.js';
import type { DeliveryIo } from './deliver-once.js';

const DAY_POST_VERSION = 1;

/** A server's post of one plan day: where it went, and where its day poll went. */
const DayPostRecordSchema = z.object({
  day: z.number().int().positive(),
  /** The local date of the slot it was posted for. */
  slotDate: LocalDateSchema,
  channelId: z.string().min(1),
  messageId: z.string().min(1),
  /**
   * The post message itself carried the "How hard was today?" poll: only posts made before the
   * poll became a message of its own (2026-12). Newer posts note false and their `pollMessage`.
   */
  poll: z.boolean(),
  /** The day poll's own message, sent right after the post (in the day's thread when there is one). */
  pollMessage: z.object({ channelId: z.string().min(1), messageId: z.string().min(1) }).optional(),
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
  post: Omit<DayPostRecord, 'messageId' | 'finalCounts' | 'pollMessage'>,
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

/** The server's post of `day` that the store noted, or null. */
export async function loadDayPost(store: Store, guildId: string, day: number): Promise<DayPostRecord | null> {
  return (await loadDayPosts(store, guildId, [day]))[0] ?? null;
}

/**
 * Notes the day poll's own message with the post it follows, so the report reads the poll
 * there. Left alone when the record is now another post's (a new cohort posted the day again).
 */
export async function notePollMessage(
  store: Store,
  guildId: string,
  post: Pick<DayPostRecord, 'day' | 'messageId'>,
  pollMessage: NonNullable<DayPostRecord['pollMessage']>,
): Promise<void> {
  const current = await loadDayPost(store, guildId, post.day);
  if (current === null || current.messageId !== post.messageId) return;
  await writeRecord(store, dayPostKey(guildId, post.day), DAY_POST_VERSION, { ...current, pollMessage });
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
