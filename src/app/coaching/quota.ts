import type { ActorRef } from '../actor.js';
import { rememberLearnerKey } from '../storage/learner-keys.js';
import type { Clock, Store } from '../ports.js';

/** Model calls a learner may make per UTC day; server admins may be given more. */
export interface QuotaLimits {
  readonly daily: number;
  readonly adminDaily: number;
}

/** Who a model call is for: the learner pays; `admin` (Manage Server) gets the admin quota. */
export interface Caller {
  readonly learnerId: string;
  readonly guildId?: string | null;
  readonly admin?: boolean;
}

/** The caller of a model call made for `actor`. */
export const callerOf = (actor: ActorRef): Caller => ({
  learnerId: actor.id,
  guildId: actor.serverId ?? null,
  admin: actor.admin === true,
});

/** A reserved unit of quota: `release` gives it back when the call gave nothing. */
export type Reservation =
  | {
      readonly kind: 'reserved';
      /** Calls left today once this one counts. */
      readonly remaining: number;
      readonly limit: number;
      release(): Promise<{ readonly remaining: number }>;
    }
  | { readonly kind: 'quota-spent'; readonly resetsAt: Date; readonly limit: number };

const DAY_MS = 86_400_000;
// Long enough that a counter outlives its UTC day wherever the clock is; the date is in the key anyway.
const QUOTA_TTL_MS = 2 * DAY_MS;

/** `2026-11-25` for the UTC day of `now`. */
export const utcDate = (now: Date): string => now.toISOString().slice(0, 10);

/** The UTC midnight after `now`, when every quota starts afresh. */
export const nextUtcMidnight = (now: Date): Date =>
  new Date((Math.floor(now.getTime() / DAY_MS) + 1) * DAY_MS);

/** The key of a learner's quota counter on one UTC day. */
export const quotaKey = (learnerId: string, date: string): string => `coach-quota:${learnerId}:${date}`;

/**
 * Per-learner daily quota of model calls, counted with the store's atomic increment so
 * several processes never hand out more than the limit. A unit is taken before the call
 * and given back when the call fails, so learners are never charged for failures.
 */
export function createQuota(deps: { store: Store; clock: Clock; limits: QuotaLimits }) {
  const { store, clock, limits } = deps;
  const limitOf = (caller: Caller): number => (caller.admin === true ? limits.adminDaily : limits.daily);

  return {
    async reserve(caller: Caller): Promise<Reservation> {
      const now = clock.now();
      const key = quotaKey(caller.learnerId, utcDate(now));
      const limit = limitOf(caller);
      if (limit <= 0) return { kind: 'quota-spent', resetsAt: nextUtcMidnight(now), limit };
      const used = await store.increment(key, 1, QUOTA_TTL_MS);
      if (used === 1) await rememberLearnerKey(store, caller.learnerId, key);
      if (used > limit) {
        // Over by a racing call: give the unit back so the count stays at the limit.
        await store.increment(key, -1);
        return { kind: 'quota-spent', resetsAt: nextUtcMidnight(now), limit };
      }
      let released = false;
      return {
        kind: 'reserved',
        remaining: limit - used,
        limit,
        async release() {
          if (released) throw new Error('quota unit released twice');
          released = true;
          return { remaining: limit - (await store.increment(key, -1)) };
        },
      };
    },

    /** Calls left today for this caller. */
    async remaining(caller: Caller): Promise<number> {
      const used = await store.counter(quotaKey(caller.learnerId, utcDate(clock.now())));
      return Math.max(0, limitOf(caller) - used);
    },
  };
}

/** The quota, as built by `createQuota`. */
export type Quota = ReturnType<typeof createQuota>;
