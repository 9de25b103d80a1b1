import type { Keyv } from 'keyv';
import type { Logger, RankedMember, Store, UndecodableValue } from '../../app/ports.js';

/** Throws for a namespace keyv cannot iterate (`:` inside) or an empty one. */
export function checkNamespace(namespace: string): string {
  if (namespace === '' || namespace.includes(':')) {
    throw new Error(
      `store namespace must be non-empty and contain no ':' (got ${JSON.stringify(namespace)})`,
    );
  }
  return namespace;
}

/** A TTL in whole milliseconds, or undefined for none; a non-positive TTL is a bug. */
export function checkTtl(ttlMs: number | undefined): number | undefined {
  if (ttlMs === undefined) return undefined;
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be > 0 (got ${ttlMs})`);
  return Math.ceil(ttlMs);
}

/** Counters are integers on every backend (Redis INCRBY, SQL integer columns). */
export function checkStep(by: number): number {
  if (!Number.isSafeInteger(by)) throw new RangeError(`increment must be a safe integer (got ${by})`);
  return by;
}

/** The URL with any password replaced, safe for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** An error's message with the URL's password blotted out, in case a driver echoes it. */
export function safeMessage(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // Not a URL with credentials: nothing to hide.
  }
  return password === '' ? message : message.split(password).join('***');
}

/** Plain values go through keyv on every shared backend; only the atomic steps differ. */
export function keyvValues(keyv: Keyv): Pick<Store, 'get' | 'getMany' | 'set'> {
  return {
    get: async (key) => keyv.get(key),
    getMany: async (keys) => (keys.length === 0 ? [] : keyv.getMany([...keys])),
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, checkTtl(ttlMs));
    },
  };
}

/**
 * Makes keyv hand back a stored value that is not JSON as an `UndecodableValue` (its raw text)
 * instead of throwing on every read, so the record can be set aside like a wrong-shaped one.
 */
export function tolerateUndecodable(keyv: Keyv): void {
  const inner = keyv.deserialize;
  if (inner === undefined) return;
  keyv.deserialize = async <Value>(data: string) => {
    try {
      return await inner<Value>(data);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const undecodable: UndecodableValue = { undecodable: data };
      return { value: undecodable as Value };
    }
  };
}

/** What keyv stores for a value without expiry: the text a create-if-absent writes in keyv's place. */
export async function keyvText(keyv: Keyv, value: unknown): Promise<string> {
  const serialized = await keyv.serializeData({ value });
  if (typeof serialized !== 'string') throw new Error('keyv must serialize values to text');
  return serialized;
}

/** Rows of (set key, member) grouped back into the sets of `keys`, in their order, each sorted. */
export function membersByKey(
  keys: readonly string[],
  rows: readonly Record<string, unknown>[],
  scoped: (key: string) => string,
): string[][] {
  const found = new Map<string, string[]>();
  for (const row of rows) {
    const key = String(row['key']);
    const members = found.get(key) ?? [];
    members.push(String(row['member']));
    found.set(key, members);
  }
  return keys.map((key) => [...(found.get(scoped(key)) ?? [])].sort());
}

/** Throws for a score a ranking cannot hold exactly on every backend. */
export function checkScore(score: number): number {
  if (!Number.isFinite(score)) throw new RangeError(`score must be finite (got ${score})`);
  return score;
}

/** Rows of (member, score) as ranked members. */
export const rankedRows = (rows: readonly Record<string, unknown>[]): RankedMember[] =>
  rows.map((row) => ({ member: String(row['member']), score: Number(row['score']) }));

/** Routes keyv's error events to the log; keyv still throws to the caller (`throwOnErrors`). */
export function logKeyvErrors(keyv: Keyv, logger: Logger, backend: string, url: string): void {
  keyv.on('error', (error: unknown) => {
    logger.error('store error', { backend, error: safeMessage(error, url) });
  });
}

/** Wraps a store so that every call after `close()` throws instead of reconnecting or answering. */
export function closable(inner: Store): Store {
  let closed = false;
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (closed) throw new Error('store is closed');
      return call(...args);
    };
  return {
    get: guard(inner.get.bind(inner)),
    getMany: guard(inner.getMany.bind(inner)),
    set: guard(inner.set.bind(inner)),
    create: guard(inner.create.bind(inner)),
    delete: guard(inner.delete.bind(inner)),
    claim: guard(inner.claim.bind(inner)),
    claimOwner: guard(inner.claimOwner.bind(inner)),
    release: guard(inner.release.bind(inner)),
    increment: guard(inner.increment.bind(inner)),
    counter: guard(inner.counter.bind(inner)),
    addToSet: guard(inner.addToSet.bind(inner)),
    removeFromSet: guard(inner.removeFromSet.bind(inner)),
    setMembers: guard(inner.setMembers.bind(inner)),
    setMembersMany: guard(inner.setMembersMany.bind(inner)),
    rankSet: guard(inner.rankSet.bind(inner)),
    rankRemove: guard(inner.rankRemove.bind(inner)),
    rankTop: guard(inner.rankTop.bind(inner)),
    rankUpTo: guard(inner.rankUpTo.bind(inner)),
    rankCount: guard(inner.rankCount.bind(inner)),
    rankScore: guard(inner.rankScore.bind(inner)),
    sweepExpired: guard(inner.sweepExpired.bind(inner)),
    close: async () => {
      if (closed) return;
      closed = true;
      await inner.close();
    },
  };
}

/**
 * Coalesces concurrent reads into batches: one read query in flight at a time, and the keys asked
 * for meanwhile go out together, in one `getMany`, when it returns. A lone read costs what it did;
 * a burst of 50 commands costs a few queries instead of 50. node-sqlite3 runs each query as
 * thread-pool round trips that each wait for the event loop, so under a burst every extra query
 * delays the answers behind it.
 *
 * A read always goes out after it was asked for, so it sees every write that finished before.
 */
export function batchedReads(
  getOne: (key: string) => Promise<unknown>,
  getMany: (keys: string[]) => Promise<unknown[]>,
  maxBatch = 100,
): (key: string) => Promise<unknown> {
  type Waiter = { readonly resolve: (value: unknown) => void; readonly reject: (error: unknown) => void };
  const waiting = new Map<string, Waiter[]>();
  let reading = false;

  const readBatch = async (keys: string[]): Promise<unknown[]> =>
    keys.length === 1 ? [await getOne(keys[0] ?? '')] : getMany(keys);

  const flush = async (): Promise<void> => {
    if (reading || waiting.size === 0) return;
    reading = true;
    const batch = [...waiting.entries()].slice(0, maxBatch);
    for (const [key] of batch) waiting.delete(key);
    try {
      const values = await readBatch(batch.map(([key]) => key));
      batch.forEach(([, waiters], index) => {
        for (const waiter of waiters) waiter.resolve(values[index]);
      });
    } catch (error) {
      for (const [, waiters] of batch) for (const waiter of waiters) waiter.reject(error);
    } finally {
      reading = false;
      void flush();
    }
  };

  let flushQueued = false;
  return (key) =>
    new Promise((resolve, reject) => {
      const waiters = waiting.get(key);
      if (waiters === undefined) waiting.set(key, [{ resolve, reject }]);
      else waiters.push({ resolve, reject });
      if (flushQueued) return;
      flushQueued = true;
      setImmediate(() => {
        flushQueued = false;
        void flush();
      });
    });
}
