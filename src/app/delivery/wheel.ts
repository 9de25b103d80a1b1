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

/**
 * Ids due in the minutes `from..to` (inclusive). Members whose recorded place is another
 * minute are leftovers of an interrupted move and are skipped.
 */
export async function dueIn(store: Store, kind: DueKind, from: number, to: number): Promise<string[]> {
  const due: string[] = [];
  for (let minute = from; minute <= to; minute++) {
    due.push(...(await placedIn(store, kind, minuteKey(kind, minute), (at) => at === minute)));
  }
  return due;
}

/**
 * Ids placed in a minute before `before`, from the day buckets of the days `fromMinute`
 * falls on up to the day before `before`: what an outage longer than the grace window left.
 */
export async function strandedBefore(
  store: Store,
  kind: DueKind,
  fromMinute: number,
  before: number,
): Promise<string[]> {
  const due: string[] = [];
  for (let day = Math.floor(fromMinute / MINUTES_PER_DAY); day * MINUTES_PER_DAY < before; day++) {
    const key = dayKey(kind, day * MINUTES_PER_DAY);
    due.push(...(await placedIn(store, kind, key, (at) => at < before && at >= fromMinute)));
  }
  return due;
}

async function placedIn(
  store: Store,
  kind: DueKind,
  bucket: string,
  wanted: (minute: number) => boolean,
): Promise<string[]> {
  const ids: string[] = [];
  for (const id of await store.setMembers(bucket)) {
    const at = await placeOf(store, kind, id);
    if (at !== null && wanted(at)) ids.push(id);
  }
  return ids;
}

/** The last processed minute, or null before the scheduler first ran. */
export async function readCursor(store: Store): Promise<number | null> {
  const value = await store.get(CURSOR_KEY);
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export async function writeCursor(store: Store, minute: number): Promise<void> {
  await store.set(CURSOR_KEY, minute);
}
