import type { Store } from '../ports.js';

/** The store key of the thread a server's post of `day` opened. */
export const dayThreadKey = (guildId: string, day: number): string => `day-thread:${guildId}:${day}`;

/** Records the thread of a server's day; a later post of the same day (a new cohort) replaces it. */
export async function noteDayThread(
  store: Store,
  guildId: string,
  day: number,
  threadId: string,
): Promise<void> {
  await store.set(dayThreadKey(guildId, day), threadId);
}

/** The thread a server's post of `day` opened, or null when the day has none there. */
export async function dayThreadOf(store: Store, guildId: string, day: number): Promise<string | null> {
  const value = await store.get(dayThreadKey(guildId, day));
  return typeof value === 'string' ? value : null;
}

/** A later post of the day that opened no thread: an earlier cohort's thread is not this post's. */
export async function forgetDayThread(store: Store, guildId: string, day: number): Promise<void> {
  await store.delete(dayThreadKey(guildId, day));
}
