import { z } from 'zod';
import { LocalDateSchema, type LocalDate } from '../../core/learner/learner.js';
import type { Store } from '../ports.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import { withLease, type LeaseResult } from '../storage/versioned-records.js';

/** Weeks of groups a learner's record keeps: what pairing reads to avoid repeats. */
export const HISTORY_WEEKS = 8;
const LEASE_MS = 10_000;

/** Store set of the learners who joined buddies in a server: who the week's pairing takes. */
export const buddyPoolKey = (guildId: string): string => `buddies:${guildId}`;
/** Claimed once a server's pairing of the week is written: pairing happens exactly once a week. */
export const buddyWeekMarkerKey = (guildId: string, week: LocalDate): string => `buddies:${guildId}:${week}`;
/** One learner's buddies in one server (a learner key): when they joined and their groups, newest first. */
export const buddyRecordKey = (learnerId: string, guildId: string): string => `buddy:${learnerId}:${guildId}`;
const leaseKey = (guildId: string): string => `lease:buddies:${guildId}`;

/** One week of a learner's buddies. */
export const BuddyWeekSchema = z.object({
  /** The Monday (in the server's zone) the week's pairing was made. */
  week: LocalDateSchema,
  /** The learner ids grouped with them; empty when they were the only one, or their buddy left. */
  with: z.array(z.string()),
  /** Their buddy left buddies (or the programme) after the pairing. */
  partnerLeft: z.boolean().optional(),
});
export type BuddyWeek = z.infer<typeof BuddyWeekSchema>;

/** A learner's membership of one server's buddies. */
export const BuddyRecordSchema = z.object({
  joinedAt: z.iso.datetime(),
  /** Newest first, at most {@link HISTORY_WEEKS}. */
  weeks: z.array(BuddyWeekSchema),
});
export type BuddyRecord = z.infer<typeof BuddyRecordSchema>;

/** The server of one of the learner's buddy record keys, or null for any other key. */
export function guildOfBuddyKey(learnerId: string, key: string): string | null {
  const prefix = `buddy:${learnerId}:`;
  return key.startsWith(prefix) ? key.slice(prefix.length) : null;
}

/** Reads and writes one server's buddies; every change holds the server's buddy lease. */
export function buddyRecords(store: Store, guildId: string) {
  const read = async (learnerId: string): Promise<BuddyRecord | null> => {
    const parsed = BuddyRecordSchema.safeParse(await store.get(buddyRecordKey(learnerId, guildId)));
    return parsed.success ? parsed.data : null;
  };
  return {
    read,

    /** The records of `learnerIds`, in one read; null where absent or unreadable. */
    async readMany(learnerIds: readonly string[]): Promise<(BuddyRecord | null)[]> {
      const values = await store.getMany(learnerIds.map((id) => buddyRecordKey(id, guildId)));
      return values.map((value) => {
        const parsed = BuddyRecordSchema.safeParse(value);
        return parsed.success ? parsed.data : null;
      });
    },

    async write(learnerId: string, record: BuddyRecord): Promise<void> {
      const key = buddyRecordKey(learnerId, guildId);
      await rememberLearnerKey(store, learnerId, key);
      await store.set(key, { ...record, weeks: record.weeks.slice(0, HISTORY_WEEKS) });
    },

    async remove(learnerId: string): Promise<void> {
      await store.removeFromSet(buddyPoolKey(guildId), learnerId);
      await store.delete(buddyRecordKey(learnerId, guildId));
    },

    pool: (): Promise<string[]> => store.setMembers(buddyPoolKey(guildId)),
    addToPool: (learnerId: string): Promise<void> => store.addToSet(buddyPoolKey(guildId), learnerId),

    /** Runs `change` while no other join, leave or pairing of this server runs. */
    locked: <T>(change: () => Promise<T>): Promise<LeaseResult<T>> =>
      withLease(store, leaseKey(guildId), LEASE_MS, change),
  };
}

/** One server's buddy records, as built by `buddyRecords`. */
export type BuddyRecords = ReturnType<typeof buddyRecords>;

/**
 * Takes `learnerId` out of the groups of each of `partners` (the weeks in `weeks`, or every
 * week): a partner left with nobody is marked `partnerLeft`, and hears nothing more than that.
 */
export async function dropFromPartners(
  records: BuddyRecords,
  learnerId: string,
  partners: readonly string[],
  weeks: ReadonlySet<LocalDate> | 'all',
): Promise<void> {
  for (const partner of new Set(partners)) {
    const record = await records.read(partner);
    if (record === null) continue;
    const changed = record.weeks.map((entry) => {
      if ((weeks !== 'all' && !weeks.has(entry.week)) || !entry.with.includes(learnerId)) return entry;
      const rest = entry.with.filter((id) => id !== learnerId);
      return rest.length === 0 ? { ...entry, with: rest, partnerLeft: true } : { ...entry, with: rest };
    });
    await records.write(partner, { ...record, weeks: changed });
  }
}
