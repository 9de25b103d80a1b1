/**
 * The app's ports: the few things it needs from the outside world, shaped by the app.
 * Adapters implement them; tests pass hand-written fakes.
 */

/** The one place that asks what time it is. */
export interface Clock {
  now(): Date;
}

/**
 * A key-value store with the atomic steps the coach needs to stay correct when several
 * processes share it (Redis, PostgreSQL) as well as in one process (SQLite, memory).
 * Values are JSON. Errors from the backing store are thrown, never swallowed.
 */
export interface Store {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /** Removes the key's value, claim, counter and set, whichever exist. */
  delete(key: string): Promise<void>;
  /** Atomically stores `owner` under `key` only if nothing is there; true when this call won. */
  claim(key: string, owner: string, ttlMs?: number): Promise<boolean>;
  /** The current owner of a claim, or undefined. */
  claimOwner(key: string): Promise<string | undefined>;
  /** Atomically removes a claim only if `owner` still holds it (lease release). */
  release(key: string, owner: string): Promise<boolean>;
  /** Atomically adds `by` and returns the new total; the counter expires `ttlMs` after it is created. */
  increment(key: string, by: number, ttlMs?: number): Promise<number>;
  /** Current value of a counter (0 when absent). */
  counter(key: string): Promise<number>;
  addToSet(key: string, member: string): Promise<void>;
  removeFromSet(key: string, member: string): Promise<void>;
  setMembers(key: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Structured log lines. Adapters must never pass secrets (tokens, API keys) in `context`. */
export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}
