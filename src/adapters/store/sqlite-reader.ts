import sqlite3 from 'sqlite3';
import type { Keyv } from 'keyv';

/** Reads keyv's rows in a SQLite file through one statement prepared once. */
export interface SqliteReader {
  /** The values under `keys` (keyv keys, without the namespace), undefined where absent or expired. */
  readMany(keys: readonly string[]): Promise<unknown[]>;
  close(): Promise<void>;
}

/** Where the reader looks, and keyv's own decoding of what it finds. */
export interface SqliteReaderOptions {
  readonly path: string;
  /** The table @keyv/sqlite keeps values in (its default, `keyv`). */
  readonly table: string;
  /** Adds the namespace, as keyv stores the key. */
  readonly scoped: (key: string) => string;
  /** The keyv instance that writes these rows: its `deserializeData` decodes them. */
  readonly keyv: Pick<Keyv, 'deserializeData'>;
  readonly busyTimeoutMs: number;
}

type Row = { readonly key: string; readonly value: string };

/**
 * A second connection to the store's file for reads. keyv's adapter runs every query through
 * `Database#all`: prepare, step and finalize, three thread-pool round trips, each waiting for
 * the event loop. A statement prepared once costs one, which is what a burst of commands
 * waits on. WAL mode lets this connection read while keyv's writes; each read sees every
 * write committed before it starts. Values stay keyv's: written by keyv, decoded by keyv.
 */
export async function openSqliteReader(options: SqliteReaderOptions): Promise<SqliteReader> {
  // Read-write, though it only reads: a read-only connection cannot open a WAL file whose
  // shared-memory index another process has not created yet.
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened = new sqlite3.Database(options.path, sqlite3.OPEN_READWRITE, (error) =>
      error === null ? resolve(opened) : reject(error),
    );
  });
  db.configure('busyTimeout', options.busyTimeoutMs);
  const select = await new Promise<sqlite3.Statement>((resolve, reject) => {
    const statement = db.prepare(
      `SELECT key, value FROM "${options.table}" WHERE key IN (SELECT value FROM json_each(?1))`,
      (error: Error | null) => (error === null ? resolve(statement) : reject(error)),
    );
  });

  const rowsOf = (scopedKeys: readonly string[]): Promise<Row[]> =>
    new Promise((resolve, reject) =>
      select.all(JSON.stringify(scopedKeys), (error: Error | null, rows: Row[]) =>
        error === null ? resolve(rows) : reject(error),
      ),
    );

  return {
    async readMany(keys) {
      const scopedKeys = keys.map(options.scoped);
      const found = new Map((await rowsOf(scopedKeys)).map((row) => [row.key, row.value]));
      const now = Date.now();
      return Promise.all(
        scopedKeys.map(async (key) => {
          const raw = found.get(key);
          if (raw === undefined) return undefined;
          const data = await options.keyv.deserializeData<unknown>(raw);
          // keyv's rule: a value is gone once its expiry has passed.
          if (data === undefined || (typeof data.expires === 'number' && now > data.expires))
            return undefined;
          return data.value;
        }),
      );
    },
    async close() {
      await new Promise<void>((resolve) => select.finalize(() => resolve()));
      await new Promise<void>((resolve, reject) =>
        db.close((error) => (error === null ? resolve() : reject(error))),
      );
    },
  };
}
