import { z } from 'zod';
import { LocalDateSchema } from '../../core/learner/learner.js';
import type { Store } from '../ports.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';

/** How long "Remind me in 2 hours" waits. */
export const SNOOZE_MS = 2 * 3_600_000;

/** One more reminder asked for from a reminder: for which local date, and when. */
const SnoozeSchema = z.object({ slotDate: LocalDateSchema, at: z.iso.datetime() });
export type Snooze = z.infer<typeof SnoozeSchema>;

/** The learner's pending snooze (at most one). */
export const snoozeKey = (learnerId: string): string => `snooze:${learnerId}`;
/** Claimed by the first snooze of a reminder, so a second click (or device) adds no second one. */
export const snoozeClaimKey = (learnerId: string, slotDate: string): string =>
  `snooze-claim:${learnerId}:${slotDate}`;
/** The marker that makes the snoozed reminder go out once (as `remind:` does for the first). */
export const snoozeMarkerKey = (learnerId: string, slotDate: string): string =>
  `remind:${learnerId}:${slotDate}:snooze`;
/** Set by "Skip today": no snoozed reminder and no streak warning on that local date. */
export const skipDayKey = (learnerId: string, localDate: string): string =>
  `skip-day:${learnerId}:${localDate}`;

// Kept a little beyond the day they are about, then they expire on their own.
const KEEP_MS = 3 * 86_400_000;

/** The pending snooze, or null (none, or unreadable: a snooze is worth less than a crash). */
export async function readSnooze(store: Store, learnerId: string): Promise<Snooze | null> {
  const parsed = SnoozeSchema.safeParse(await store.get(snoozeKey(learnerId)));
  return parsed.success ? parsed.data : null;
}

/** Outcome of asking for one more reminder. */
export type SnoozeOutcome =
  | { readonly kind: 'snoozed'; readonly at: Date }
  | { readonly kind: 'already-snoozed' }
  | { readonly kind: 'skipped-today' }
  /** Reminders are off now (or the learner is unknown): no reminder would come. */
  | { readonly kind: 'reminders-off' }
  /** The reminder's day is over in the learner's zone. */
  | { readonly kind: 'day-over' };

/** Stores one snooze per reminder date: the first claim wins; later ones change nothing. */
export async function snooze(
  store: Store,
  learnerId: string,
  slotDate: string,
  now: Date,
): Promise<SnoozeOutcome> {
  if ((await store.get(skipDayKey(learnerId, slotDate))) !== undefined) return { kind: 'skipped-today' };
  // The per-date keys are derived by `learner-dm-keys.ts`, not registered: the registry keeps its size.
  await rememberLearnerKey(store, learnerId, snoozeKey(learnerId));
  if (!(await store.claim(snoozeClaimKey(learnerId, slotDate), 'snooze', KEEP_MS)))
    return { kind: 'already-snoozed' };
  const at = new Date(now.getTime() + SNOOZE_MS);
  await store.set(snoozeKey(learnerId), { slotDate, at: at.toISOString() } satisfies Snooze, KEEP_MS);
  return { kind: 'snoozed', at };
}

/** "Skip today": drops a pending snooze for that date and keeps the streak warning quiet. */
export async function skipDay(store: Store, learnerId: string, localDate: string): Promise<void> {
  await store.set(skipDayKey(learnerId, localDate), true, KEEP_MS);
  const pending = await readSnooze(store, learnerId);
  if (pending?.slotDate === localDate) await store.delete(snoozeKey(learnerId));
}

/** True when the learner skipped `localDate`. */
export async function skippedDay(store: Store, learnerId: string, localDate: string): Promise<boolean> {
  return (await store.get(skipDayKey(learnerId, localDate))) !== undefined;
}
