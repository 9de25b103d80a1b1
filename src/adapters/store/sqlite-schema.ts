// The SQLite connection's schema and the statement helpers the store is built on.

/**
 * A keyv row's expiry, read from its JSON. A value that is not JSON (edited by hand, torn) has
 * none: `json_extract` alone would raise "malformed JSON" and fail every write that touches the
 * expiry index, where the reader sets such a value aside instead.
 */
export const expiresOf = (column: string): string =>
  `(CASE WHEN json_valid(${column}) THEN json_extract(${column}, '$.expires') END)`;

// A second process holding the write lock makes us wait this long before SQLITE_BUSY.
export const BUSY_TIMEOUT_MS = 10_000;

/**
 * Hands statements to the connection one at a time. SQLite runs one statement per connection at
 * a time anyway, but node-sqlite3 sends each to libuv's pool at once, where it waits on a thread,
 * for up to BUSY_TIMEOUT_MS while another process holds the write lock. Four such statements take
 * the whole pool, and DNS look-ups (every new connection to Discord) stall behind them, so not
 * even a deferral could go out within Discord's 3 s. Queued here, they wait on the event loop.
 */
export function oneAtATime<A extends unknown[], R>(
  step: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(
      () => step(...args),
      () => step(...args),
    );
    last = next.catch(() => undefined);
    return next;
  };
}

/** Tables and pragmas of the coach's own (everything keyv does not store), run at every open. */
export const SCHEMA = [
  // WAL lets readers in other processes carry on while one process writes.
  'PRAGMA journal_mode = WAL',
  // With WAL, NORMAL syncs at checkpoints rather than at every commit: a killed process loses
  // nothing committed and the file stays consistent; only an OS crash or power cut may roll back
  // the last commits. SQLite recommends it for WAL; every write no longer waits on an fsync.
  'PRAGMA synchronous = NORMAL',
  'CREATE TABLE IF NOT EXISTS coach_claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER)',
  'CREATE TABLE IF NOT EXISTS coach_counters (key TEXT PRIMARY KEY, value INTEGER NOT NULL, expires_at INTEGER)',
  'CREATE TABLE IF NOT EXISTS coach_sets (key TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (key, member))',
  'CREATE TABLE IF NOT EXISTS coach_ranks (key TEXT NOT NULL, member TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (key, member))',
  'CREATE INDEX IF NOT EXISTS coach_ranks_by_score ON coach_ranks (key, score)',
  'CREATE INDEX IF NOT EXISTS coach_claims_expiry ON coach_claims (expires_at) WHERE expires_at IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS coach_counters_expiry ON coach_counters (expires_at) WHERE expires_at IS NOT NULL',
];
