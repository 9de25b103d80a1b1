import sqlite3 from 'sqlite3';

/** The store's writing connection to its SQLite file. */
export interface SqliteConnection {
  /** Runs one statement and resolves with its rows (none for most writes). */
  query(sql: string, ...params: unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

// The store runs a few dozen distinct statements; text beyond this (built with a varying
// number of placeholders, say) is prepared and finalized each time instead of kept.
const MAX_PREPARED = 64;

/**
 * Opens (and creates) the file with every distinct statement prepared once and kept.
 *
 * node-sqlite3's `Database#all` prepares, runs and finalizes a new statement every time, and
 * finalizing runs on the event loop: a first-seen learner's /today and its bookkeeping paid
 * for that about ten times over (`npm run bench`, first-seen learners). A kept statement costs
 * one trip to the thread pool. Kept statements are finalized at `close`; SQLite prepares a
 * statement again by itself when the schema changes, so nothing else invalidates them.
 */
export async function openSqliteConnection(path: string, busyTimeoutMs: number): Promise<SqliteConnection> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(path, (error) => (error === null ? resolve(opened) : reject(error)));
  });
  db.configure('busyTimeout', busyTimeoutMs);
  const prepared = new Map<string, Promise<sqlite3.Statement>>();

  const prepare = (sql: string): Promise<sqlite3.Statement> =>
    new Promise((resolve, reject) => {
      const statement = db.prepare(sql, (error: Error | null) =>
        error === null ? resolve(statement) : reject(error),
      );
    });

  const statementFor = (sql: string): Promise<sqlite3.Statement> | undefined => {
    const kept = prepared.get(sql);
    if (kept !== undefined || prepared.size >= MAX_PREPARED) return kept;
    const made = prepare(sql);
    prepared.set(sql, made);
    // A statement that does not prepare (a syntax error) is not kept: its callers see the error.
    made.catch(() => prepared.delete(sql));
    return made;
  };

  return {
    async query(sql, ...params) {
      const kept = statementFor(sql);
      if (kept === undefined) {
        return new Promise((resolve, reject) =>
          db.all(sql, ...params, (error: Error | null, rows: unknown[]) =>
            error === null ? resolve(rows) : reject(error),
          ),
        );
      }
      const statement = await kept;
      return new Promise((resolve, reject) =>
        statement.all(...params, (error: Error | null, rows: unknown[]) =>
          error === null ? resolve(rows) : reject(error),
        ),
      );
    },
    async close() {
      const statements = await Promise.allSettled(prepared.values());
      prepared.clear();
      for (const outcome of statements) {
        if (outcome.status === 'fulfilled')
          await new Promise<void>((resolve) => outcome.value.finalize(() => resolve()));
      }
      await new Promise<void>((resolve, reject) =>
        db.close((error) => (error === null ? resolve() : reject(error))),
      );
    },
  };
}
