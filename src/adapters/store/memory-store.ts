import type { RankedMember, Store } from '../../app/ports.js';
import { checkScore, checkStep, checkTtl, closable } from './store-support.js';

/** Options of the in-memory store. */
export interface MemoryStoreOptions {
  /** Milliseconds since the epoch; TTLs are measured against it. Defaults to `Date.now`. */
  readonly now?: () => number;
}

interface Expiring<T> {
  readonly value: T;
  readonly expiresAt: number | undefined;
}

/**
 * A single-process Store kept in Maps, for `memory://` and as the app tests' fake.
 * Values round-trip through JSON like the real backends (a Date comes back as a string).
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  // Values are kept as JSON text so callers never share objects with the store.
  const values = new Map<string, Expiring<string | undefined>>();
  const claims = new Map<string, Expiring<string>>();
  const counters = new Map<string, Expiring<number>>();
  const sets = new Map<string, Set<string>>();
  const ranks = new Map<string, Map<string, number>>();

  const expiresAt = (ttlMs: number | undefined): number | undefined => {
    const ttl = checkTtl(ttlMs);
    return ttl === undefined ? undefined : now() + ttl;
  };
  const live = <T>(map: Map<string, Expiring<T>>, key: string): Expiring<T> | undefined => {
    const entry = map.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };

  return closable({
    async get(key) {
      const text = live(values, key)?.value;
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    async getMany(keys) {
      return keys.map((key) => {
        const text = live(values, key)?.value;
        return text === undefined ? undefined : (JSON.parse(text) as unknown);
      });
    },
    async set(key, value, ttlMs) {
      values.set(key, { value: JSON.stringify(value), expiresAt: expiresAt(ttlMs) });
    },
    async create(key, value) {
      if (live(values, key) !== undefined) return false;
      values.set(key, { value: JSON.stringify(value), expiresAt: undefined });
      return true;
    },
    async delete(key) {
      values.delete(key);
      claims.delete(key);
      counters.delete(key);
      sets.delete(key);
      ranks.delete(key);
    },
    async claim(key, owner, ttlMs) {
      if (live(claims, key) !== undefined) return false;
      claims.set(key, { value: owner, expiresAt: expiresAt(ttlMs) });
      return true;
    },
    async claimOwner(key) {
      return live(claims, key)?.value;
    },
    async release(key, owner) {
      if (live(claims, key)?.value !== owner) return false;
      claims.delete(key);
      return true;
    },
    async increment(key, by, ttlMs) {
      const step = checkStep(by);
      const created = expiresAt(ttlMs);
      const current = live(counters, key);
      const value = (current?.value ?? 0) + step;
      counters.set(key, { value, expiresAt: current === undefined ? created : current.expiresAt });
      return value;
    },
    async counter(key) {
      return live(counters, key)?.value ?? 0;
    },
    async addToSet(key, member) {
      const set = sets.get(key) ?? new Set<string>();
      set.add(member);
      sets.set(key, set);
    },
    async removeFromSet(key, member) {
      const set = sets.get(key);
      set?.delete(member);
      if (set?.size === 0) sets.delete(key);
    },
    async setMembers(key) {
      return [...(sets.get(key) ?? [])].sort();
    },
    async setMembersMany(keys) {
      return keys.map((key) => [...(sets.get(key) ?? [])].sort());
    },
    async rankSet(key, member, score) {
      const ranking = ranks.get(key) ?? new Map<string, number>();
      ranking.set(member, checkScore(score));
      ranks.set(key, ranking);
    },
    async rankRemove(key, member) {
      const ranking = ranks.get(key);
      ranking?.delete(member);
      if (ranking?.size === 0) ranks.delete(key);
    },
    async rankTop(key, limit) {
      const order = (a: RankedMember, b: RankedMember) =>
        b.score - a.score || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0);
      return firstOf(ranks.get(key), limit, order, () => true);
    },
    async rankUpTo(key, maxScore, limit) {
      const order = (a: RankedMember, b: RankedMember) =>
        a.score - b.score || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0);
      return firstOf(ranks.get(key), limit, order, (score) => score <= maxScore);
    },
    async rankCount(key, above) {
      let count = 0;
      for (const score of ranks.get(key)?.values() ?? []) if (above === undefined || score > above) count++;
      return count;
    },
    async rankScore(key, member) {
      return ranks.get(key)?.get(member);
    },
    async sweepExpired(limit) {
      let swept = 0;
      for (const map of [values, claims, counters] as Map<string, Expiring<unknown>>[]) {
        let here = 0;
        for (const [key, entry] of map) {
          if (here >= limit) break;
          if (entry.expiresAt !== undefined && entry.expiresAt <= now()) {
            map.delete(key);
            here += 1;
          }
        }
        swept += here;
      }
      return swept;
    },
    async close() {},
  });
}

/**
 * The first `limit` entries of a ranking in `order`, among those whose score is `wanted`, without
 * copying or sorting the whole ranking: a 100k-learner server keeps only `limit` entries at a time.
 */
function firstOf(
  ranking: ReadonlyMap<string, number> | undefined,
  limit: number,
  order: (a: RankedMember, b: RankedMember) => number,
  wanted: (score: number) => boolean,
): RankedMember[] {
  const kept: RankedMember[] = [];
  if (limit <= 0) return kept;
  // Keeping a sorted window costs up to `limit` moves per entry: past a short board, sort instead.
  if (limit > 32) {
    for (const [member, score] of ranking ?? []) if (wanted(score)) kept.push({ member, score });
    return kept.sort(order).slice(0, limit);
  }
  for (const [member, score] of ranking ?? []) {
    if (!wanted(score)) continue;
    const entry = { member, score };
    if (kept.length === limit && order(entry, kept[limit - 1]!) >= 0) continue;
    let at = kept.length;
    while (at > 0 && order(entry, kept[at - 1]!) < 0) at--;
    kept.splice(at, 0, entry);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
