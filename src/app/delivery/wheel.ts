import { z } from 'zod';
import type { Store } from '../ports.js';

/** What an entry in the wheel stands for: a server's daily post, a learner's reminder or streak warning. */
export type DueKind = 'post' | 'remind' | 'warn';

const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

/** Last unix minute whose buckets the scheduler has processed. */
export const CURSOR_KEY = 'scheduler:cursor';

/** Unix minute (minutes since the epoch) of an instant. */
export const minuteOf = (at: Date): number => Math.floor(at.getTime() / MINUTE_MS);

const minuteKey = (kind: DueKind, minute: number): string => `due:${kind}:${minute}`;
// A coarse twin of each minute bucket, read only after an outage longer than the grace
// window, so the entries left in minutes nobody will read again are still found.
const dayKey = (kind: DueKind, minute: number): string =>
  `due:${kind}:day:${Math.floor(minute / MINUTES_PER_DAY)}`;
const placeKey = (kind: DueKind, id: string): string => `due-at:${kind}:${id}`;

const PlaceSchema = z.object({ minute: z.number().int() });

/** The minute bucket an entry sits in, or null when it is not scheduled. */
export async function placeOf(store: Store, kind: DueKind, id: string): Promise<number | null> {
  const parsed = PlaceSchema.safeParse(await store.get(placeKey(kind, id)));
  return parsed.success ? parsed.data.minute : null;
}

/**
 * Puts `id` in the bucket of `minute`, leaving its old bucket. The place record moves only
 * after the new bucket holds the id and before the old one lets go, so a crash at any step
 * leaves a stale member (skipped when read, see {@link dueIn}), never a lost entry.
 */
export async function placeEntry(store: Store, kind: DueKind, id: string, minute: number): Promise<void> {
  const old = await placeOf(store, kind, id);
  if (old === minute) return;
  await store.addToSet(minuteKey(kind, minute), id);
  await store.addToSet(dayKey(kind, minute), id);
  await store.set(placeKey(kind, id), { minute });
  if (old !== null) await leaveBucket(store, kind, id, old);
}

/** Takes `id` out of the wheel. */
export async function removeEntry(store: Store, kind: DueKind, id: string): Promise<void> {
  const old = await placeOf(store, kind, id);
  if (old === null) return;
  await store.delete(placeKey(kind, id));
  await leaveBucket(store, kind, id, old);
}

async function leaveBucket(store: Store, kind: DueKind, id: string, minute: number): Promise<void> {
  await store.removeFromSet(minuteKey(kind, minute), id);
  await store.removeFromSet(dayKey(kind, minute), id);
}

/** Ids read from the wheel per batch: one `getMany` of their places each. */
const ID_BATCH = 100;
/** Buckets read per `setMembersMany`: a 12-hour catch-up of one kind is two calls. */
const BUCKET_BATCH = 500;

/** Which buckets one pass reads for one kind. */
export interface DueWindow {
  /** First and last minute of the minute buckets read (inclusive). */
  readonly from: number;
  readonly to: number;
  /**
   * After an outage longer than the grace window: the last minute the scheduler read plus one.
   * The day buckets from there up to `from` give the entries left in minutes nobody reads again.
   */
  readonly strandedFrom?: number;
}

/**
 * The ids due in `window`, in batches of up to 100, each yielded as soon as it is read, so
 * the sends can start with the first: the buckets' members in one call per 500 buckets, the
 * places of each 100 ids in one `getMany`. An id comes once. Members whose recorded place
 * is another minute are leftovers of an interrupted move and are skipped.
 */
export async function* dueBatches(store: Store, kind: DueKind, window: DueWindow): AsyncGenerator<string[]> {
  const buckets: { readonly key: string; readonly wanted: (minute: number) => boolean }[] = [];
  const { from, to, strandedFrom } = window;
  // Days whose start is before `from`; their entries at `from` or later are read from the minute buckets.
  if (strandedFrom !== undefined) {
    for (let day = Math.floor(strandedFrom / MINUTES_PER_DAY); day * MINUTES_PER_DAY < from; day++) {
      const wanted = (at: number) => at < from && at >= strandedFrom;
      buckets.push({ key: dayKey(kind, day * MINUTES_PER_DAY), wanted });
    }
  }
  for (let minute = from; minute <= to; minute++) {
    buckets.push({ key: minuteKey(kind, minute), wanted: (at) => at === minute });
  }
  const seen = new Set<string>();
  for (let start = 0; start < buckets.length; start += BUCKET_BATCH) {
    const chunk = buckets.slice(start, start + BUCKET_BATCH);
    const members = await store.setMembersMany(chunk.map((bucket) => bucket.key));
    const candidates: { readonly id: string; readonly wanted: (minute: number) => boolean }[] = [];
    chunk.forEach((bucket, index) => {
      for (const id of members[index] ?? []) candidates.push({ id, wanted: bucket.wanted });
    });
    for (let first = 0; first < candidates.length; first += ID_BATCH) {
      const batch = candidates.slice(first, first + ID_BATCH);
      const places = await store.getMany(batch.map(({ id }) => placeKey(kind, id)));
      const due: string[] = [];
      batch.forEach(({ id, wanted }, index) => {
        const place = PlaceSchema.safeParse(places[index]);
        // An entry sits in its minute bucket and its day bucket: only the one its place names counts.
        if (!place.success || !wanted(place.data.minute) || seen.has(id)) return;
        seen.add(id);
        due.push(id);
      });
      if (due.length > 0) yield due;
    }
  }
}

/** The last processed minute, or null before the scheduler first ran. */
export async function readCursor(store: Store): Promise<number | null> {
  const value = await store.get(CURSOR_KEY);
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export async function writeCursor(store: Store, minute: number): Promise<void> {
  await store.set(CURSOR_KEY, minute);
}
