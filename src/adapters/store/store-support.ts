import type { Keyv } from 'keyv';
import type { Logger, Store } from '../../app/ports.js';

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
export function keyvValues(keyv: Keyv): Pick<Store, 'get' | 'set'> {
  return {
    get: async (key) => keyv.get(key),
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, checkTtl(ttlMs));
    },
  };
}

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
    set: guard(inner.set.bind(inner)),
    delete: guard(inner.delete.bind(inner)),
    claim: guard(inner.claim.bind(inner)),
    claimOwner: guard(inner.claimOwner.bind(inner)),
    release: guard(inner.release.bind(inner)),
    increment: guard(inner.increment.bind(inner)),
    counter: guard(inner.counter.bind(inner)),
    addToSet: guard(inner.addToSet.bind(inner)),
    removeFromSet: guard(inner.removeFromSet.bind(inner)),
    setMembers: guard(inner.setMembers.bind(inner)),
    close: async () => {
      if (closed) return;
      closed = true;
      await inner.close();
    },
  };
}
