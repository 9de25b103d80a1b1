import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FoundPost, SendOutcome } from '../ports.js';
import type { Store } from '../ports.js';
import { withLease } from '../storage/versioned-records.js';

/** Discord accepts nonces of up to 25 characters. */
const NONCE_LENGTH = 22;
// Covers a recovery's lookup plus one send with the REST client's own retries.
const RECOVERY_LEASE_MS = 120_000;
const DEFAULT_MAX_ATTEMPTS = 5;
const MINUTE_MS = 60_000;

/** The idempotency nonce of a marker: the same marker always gets the same nonce. */
export function nonceOf(markerKey: string): string {
  return createHash('sha256').update(markerKey).digest('base64url').slice(0, NONCE_LENGTH);
}

/** One message that must go out once: claimed at `key`, sent with `nonce`. */
export interface Marker {
  readonly key: string;
  readonly nonce: string;
  /** How long the marker and its state are kept: longer than the grace window. */
  readonly ttlMs: number;
  /** Sends (first and recovered together) before a passing failure becomes final. */
  readonly maxAttempts?: number;
}

/** The platform side of one delivery. */
export interface DeliveryIo {
  send(): Promise<SendOutcome>;
  /**
   * The message id of an earlier send with the marker's nonce, null when there is none, or
   * unreadable now: then nothing is sent (the platform may not deduplicate) and the marker
   * is tried again later, as after a passing failure.
   */
  find(): Promise<FoundPost>;
}

/** What became of a delivery. Only `failed` and `busy` are worth trying again. */
export type Delivery =
  | { readonly kind: 'sent'; readonly messageId: string; readonly how: 'sent' | 'found' | 'resent' }
  | { readonly kind: 'already-sent'; readonly messageId: string }
  | { readonly kind: 'refused'; readonly reason: 'forbidden' | 'gone' | 'gave-up'; readonly detail: string }
  | {
      readonly kind: 'already-refused';
      readonly reason: 'forbidden' | 'gone' | 'gave-up';
      readonly detail: string;
    }
  | { readonly kind: 'failed'; readonly detail: string; readonly attempts: number }
  /** Another process is recovering this marker right now. */
  | { readonly kind: 'busy' };

const StateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('sent'), messageId: z.string() }),
  z.object({
    state: z.literal('refused'),
    reason: z.enum(['forbidden', 'gone', 'gave-up']),
    detail: z.string(),
  }),
]);
type State = z.infer<typeof StateSchema>;

const stateKey = (markerKey: string): string => `state:${markerKey}`;
const attemptsKey = (markerKey: string): string => `attempts:${markerKey}`;
const leaseKey = (markerKey: string): string => `lease:${markerKey}`;

/**
 * Every key a delivery may write for `markerKey`: the claim, its state, its attempts and
 * its recovery lease. A marker that names a learner registers them all, so forget-me finds
 * them without a scan.
 */
export function deliveryKeysOf(markerKey: string): string[] {
  return [markerKey, stateKey(markerKey), attemptsKey(markerKey), leaseKey(markerKey)];
}

/**
 * Exactly-once delivery over an at-least-once platform call. The marker is claimed BEFORE
 * the send and confirmed after it. Whoever finds it claimed but unconfirmed (a crash, or a
 * passing failure) recovers under a lease: looks for the message by its nonce, and only
 * when absent sends again with the same nonce, which the platform also deduplicates.
 */
export async function deliverOnce(store: Store, marker: Marker, io: DeliveryIo): Promise<Delivery> {
  if (await store.claim(marker.key, marker.nonce, marker.ttlMs)) return attempt(store, marker, io, 'sent');
  const settled = await readState(store, marker);
  if (settled !== null) return settled;
  const leased = await withLease(
    store,
    leaseKey(marker.key),
    RECOVERY_LEASE_MS,
    async (): Promise<Delivery> => {
      const again = await readState(store, marker);
      if (again !== null) return again;
      const found = await io.find();
      if (found === null) return attempt(store, marker, io, 'resent');
      if (typeof found !== 'string') return lookupFailed(store, marker, found.unreadable);
      await writeState(store, marker, { state: 'sent', messageId: found });
      return { kind: 'sent', messageId: found, how: 'found' };
    },
    { attempts: 1 },
  );
  return leased.kind === 'ok' ? leased.value : { kind: 'busy' };
}

/** Where a marker stands: never claimed, claimed and not settled (in flight or to recover), sent, or refused. */
export type MarkerState = 'open' | 'pending' | 'sent' | 'refused';

/** Reads where `markerKey`'s delivery stands, without touching it. */
export async function markerStateOf(store: Store, markerKey: string): Promise<MarkerState> {
  const parsed = StateSchema.safeParse(await store.get(stateKey(markerKey)));
  if (parsed.success) return parsed.data.state;
  return (await store.claimOwner(markerKey)) === undefined ? 'open' : 'pending';
}

/**
 * Opens a refused delivery again, once its cause is fixed (a permission granted, another
 * channel chosen): its claim, state and attempts go, so the next run sends with the same
 * nonce. Anything but a refusal is left alone; true when one was opened.
 */
export async function reopenRefused(store: Store, markerKey: string): Promise<boolean> {
  if ((await markerStateOf(store, markerKey)) !== 'refused') return false;
  await store.delete(attemptsKey(markerKey));
  await store.delete(stateKey(markerKey));
  await store.release(markerKey, nonceOf(markerKey));
  return true;
}

/**
 * When to look at a delivery again: a passing failure backs off 1, 2, 4... minutes, a marker
 * busy with another process's recovery is looked at next minute; null when settled.
 */
export function retryAt(delivery: Delivery, now: Date): Date | null {
  if (delivery.kind === 'busy') return new Date(now.getTime() + MINUTE_MS);
  if (delivery.kind !== 'failed') return null;
  return new Date(now.getTime() + MINUTE_MS * 2 ** Math.min(delivery.attempts - 1, 6));
}

async function attempt(
  store: Store,
  marker: Marker,
  io: DeliveryIo,
  how: 'sent' | 'resent',
): Promise<Delivery> {
  const attempts = await store.increment(attemptsKey(marker.key), 1, marker.ttlMs);
  if (attempts > (marker.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
    const detail = `gave up after ${attempts - 1} attempts`;
    await writeState(store, marker, { state: 'refused', reason: 'gave-up', detail });
    return { kind: 'refused', reason: 'gave-up', detail };
  }
  const outcome = await io.send();
  switch (outcome.kind) {
    case 'sent':
      await writeState(store, marker, { state: 'sent', messageId: outcome.messageId });
      return { kind: 'sent', messageId: outcome.messageId, how };
    case 'forbidden':
    case 'gone':
      await writeState(store, marker, { state: 'refused', reason: outcome.kind, detail: outcome.detail });
      return { kind: 'refused', reason: outcome.kind, detail: outcome.detail };
    case 'failed':
      return { kind: 'failed', detail: outcome.detail, attempts };
  }
}

// A lookup that could not tell counts as an attempt, so a channel unreadable for good ends in a refusal.
async function lookupFailed(store: Store, marker: Marker, detail: string): Promise<Delivery> {
  const attempts = await store.increment(attemptsKey(marker.key), 1, marker.ttlMs);
  if (attempts > (marker.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
    const gaveUp = `gave up after ${attempts - 1} attempts (${detail})`;
    await writeState(store, marker, { state: 'refused', reason: 'gave-up', detail: gaveUp });
    return { kind: 'refused', reason: 'gave-up', detail: gaveUp };
  }
  return { kind: 'failed', detail: `could not look for the earlier post: ${detail}`, attempts };
}

async function readState(store: Store, marker: Marker): Promise<Delivery | null> {
  const parsed = StateSchema.safeParse(await store.get(stateKey(marker.key)));
  if (!parsed.success) return null;
  const state = parsed.data;
  return state.state === 'sent'
    ? { kind: 'already-sent', messageId: state.messageId }
    : { kind: 'already-refused', reason: state.reason, detail: state.detail };
}

async function writeState(store: Store, marker: Marker, state: State): Promise<void> {
  await store.set(stateKey(marker.key), state, marker.ttlMs);
}
