import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import type { Logger, Store } from '../../app/ports.js';
import { openSqliteConnection, type SqliteConnection } from './sqlite-connection.js';
import { groupCommits } from './sqlite-group-commit.js';
import { BUSY_TIMEOUT_MS, SCHEMA, expiresOf, oneAtATime } from './sqlite-schema.js';
import { openSqliteReader, type SqliteReader } from './sqlite-reader.js';
import {
  batchedReads,
  checkStep,
  checkTtl,
  closable,
  keyvText,
  keyvValues,
  logKeyvErrors,
  membersByKey,
  checkScore,
  rankedRows,
  tolerateUndecodable,
  safeMessage,
} from './store-support.js';

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  readonly namespace: string;
  readonly logger: Logger;
}

// Each statement is one atomic step; an expired row counts as absent and is replaced in place.
const CLAIM = `INSERT INTO coach_claims (key, owner, expires_at) VALUES (?1, ?2, ?3)
  ON CONFLICT (key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE coach_claims.expires_at IS NOT NULL AND coach_claims.expires_at <= ?4
  RETURNING owner`;
const CLAIM_OWNER = `SELECT owner FROM coach_claims WHERE key = ?1 AND (expires_at IS NULL OR expires_at > ?2)`;
const RELEASE = `DELETE FROM coach_claims WHERE key = ?1 AND owner = ?2 AND (expires_at IS NULL OR expires_at > ?3)
  RETURNING key`;
const INCREMENT = `INSERT INTO coach_counters (key, value, expires_at) VALUES (?1, ?2, ?3)
  ON CONFLICT (key) DO UPDATE SET
    value = CASE WHEN coach_counters.expires_at <= ?4 THEN excluded.value
      ELSE coach_counters.value + excluded.value END,
    expires_at = CASE WHEN coach_counters.expires_at <= ?4 THEN excluded.expires_at
      ELSE coach_counters.expires_at END
  RETURNING value`;
const COUNTER = `SELECT value FROM coach_counters WHERE key = ?1 AND (expires_at IS NULL OR expires_at > ?2)`;
const SET_ADD = 'INSERT INTO coach_sets (key, member) VALUES (?1, ?2) ON CONFLICT DO NOTHING';

/**
 * A Store in one SQLite file, safe for several processes on the same machine: values are
 * written through keyv and read (in batches) through a statement prepared once on a second
 * connection, decoded by keyv; claims/counters/sets are single SQL statements on the adapter's
 * connection.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions): Promise<Store> {
  const { namespace, logger } = options;
  await mkdir(dirname(path), { recursive: true });
  let connection: SqliteConnection;
  try {
    connection = await openSqliteConnection(path, BUSY_TIMEOUT_MS);
  } catch (error) {
    throw new Error(`cannot open SQLite store at ${path}: ${safeMessage(error, '')}`, { cause: error });
  }
  // keyv's adapter encodes and decodes; its statements run on our connection (`query`), so its
  // own connection is an unused in-memory one, closed with the store.
  const adapter = new KeyvSqlite({ uri: 'sqlite://:memory:' });
  const closeUnused = adapter.close;
  // Every statement keyv and this store run on the file goes through `query`, one at a time,
  // and concurrent writes share one commit.
  adapter.query = groupCommits(oneAtATime(connection.query)) as typeof adapter.query;
  const keyv = new Keyv({ store: adapter, namespace, throwOnErrors: true });
  logKeyvErrors(keyv, logger, 'sqlite', path);
  tolerateUndecodable(keyv);

  type Row = Record<string, unknown>;
  const run = async (sql: string, ...params: unknown[]): Promise<Row[]> =>
    (await adapter.query(sql, ...params)) as Row[];
  const scoped = (key: string): string => `${namespace}:${key}`;
  const table = adapter.opts.table ?? 'keyv';
  // keyv's own row, written only where none is, or where the one there has expired.
  const create = `INSERT INTO "${table}" (key, value) VALUES (?1, ?2)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE ${expiresOf(`"${table}".value`)} <= ?3
    RETURNING key`;
  let reader: SqliteReader;
  try {
    for (const statement of SCHEMA) await run(statement);
    // keyv's table, as @keyv/sqlite makes it on its own connection.
    await run(
      `CREATE TABLE IF NOT EXISTS "${table}" (key VARCHAR(${Number(adapter.opts.keySize ?? 255)}) PRIMARY KEY, value TEXT)`,
    );
    // keyv's own table: an index on each value's expiry (from keyv's JSON), so sweeping never scans.
    // The first version of this index read the JSON unguarded, so one damaged value made every write fail.
    await run(`DROP INDEX IF EXISTS "${table}_expiry"`);
    await run(
      `CREATE INDEX IF NOT EXISTS "${table}_expires" ON "${table}" (${expiresOf('value')})
       WHERE ${expiresOf('value')} IS NOT NULL`,
    );
    await run('DELETE FROM coach_claims WHERE expires_at <= ?1', Date.now());
    reader = await openSqliteReader({
      path,
      table,
      scoped,
      keyv,
      busyTimeoutMs: BUSY_TIMEOUT_MS,
    });
  } catch (error) {
    await closeUnused().catch(() => undefined);
    await connection.close().catch(() => undefined);
    throw new Error(`cannot open SQLite store at ${path}: ${safeMessage(error, '')}`, { cause: error });
  }

  const expiresAt = (ttlMs: number | undefined): number | null => {
    const ttl = checkTtl(ttlMs);
    return ttl === undefined ? null : Date.now() + ttl;
  };

  return closable({
    ...keyvValues(keyv),
    get: batchedReads(
      async (key) => (await reader.readMany([key]))[0],
      (keys) => reader.readMany(keys),
    ),
    getMany: async (keys) => (keys.length === 0 ? [] : reader.readMany([...keys])),
    async create(key, value) {
      return (await run(create, scoped(key), await keyvText(keyv, value), Date.now())).length === 1;
    },
    async delete(key) {
      await keyv.delete(key);
      await run('DELETE FROM coach_claims WHERE key = ?1', scoped(key));
      await run('DELETE FROM coach_counters WHERE key = ?1', scoped(key));
      await run('DELETE FROM coach_sets WHERE key = ?1', scoped(key));
      await run('DELETE FROM coach_ranks WHERE key = ?1', scoped(key));
    },
    async claim(key, owner, ttlMs) {
      const rows = await run(CLAIM, scoped(key), owner, expiresAt(ttlMs), Date.now());
      return rows.length === 1;
    },
    async claimOwner(key) {
      const rows = await run(CLAIM_OWNER, scoped(key), Date.now());
      return rows[0] === undefined ? undefined : String(rows[0]['owner']);
    },
    async release(key, owner) {
      const rows = await run(RELEASE, scoped(key), owner, Date.now());
      return rows.length === 1;
    },
    async increment(key, by, ttlMs) {
      const rows = await run(INCREMENT, scoped(key), checkStep(by), expiresAt(ttlMs), Date.now());
      return Number(rows[0]?.['value']);
    },
    async counter(key) {
      const rows = await run(COUNTER, scoped(key), Date.now());
      return rows[0] === undefined ? 0 : Number(rows[0]['value']);
    },
    async addToSet(key, member) {
      // One statement: the adds that reach the store are nearly all new members (a wheel slot,
      // a learner first seen in a server: the app notes each once per process), so a read
      // first would only add a statement to each.
      await run(SET_ADD, scoped(key), member);
    },
    async removeFromSet(key, member) {
      await run('DELETE FROM coach_sets WHERE key = ?1 AND member = ?2', scoped(key), member);
    },
    async setMembers(key) {
      const rows = await run('SELECT member FROM coach_sets WHERE key = ?1', scoped(key));
      return rows.map((row) => String(row['member'])).sort();
    },
    async setMembersMany(keys) {
      if (keys.length === 0) return [];
      const sql = 'SELECT key, member FROM coach_sets WHERE key IN (SELECT value FROM json_each(?1))';
      return membersByKey(keys, await run(sql, JSON.stringify(keys.map(scoped))), scoped);
    },
    async rankSet(key, member, score) {
      const sql = `INSERT INTO coach_ranks (key, member, score) VALUES (?1, ?2, ?3)
        ON CONFLICT (key, member) DO UPDATE SET score = excluded.score`;
      await run(sql, scoped(key), member, checkScore(score));
    },
    async rankRemove(key, member) {
      await run('DELETE FROM coach_ranks WHERE key = ?1 AND member = ?2', scoped(key), member);
    },
    async rankTop(key, limit) {
      const sql = `SELECT member, score FROM coach_ranks WHERE key = ?1
        ORDER BY score DESC, member LIMIT ?2`;
      return rankedRows(await run(sql, scoped(key), limit));
    },
    async rankUpTo(key, maxScore, limit) {
      const sql = `SELECT member, score FROM coach_ranks WHERE key = ?1 AND score <= ?2
        ORDER BY score LIMIT ?3`;
      return rankedRows(await run(sql, scoped(key), maxScore, limit));
    },
    async rankCount(key, above) {
      const rows =
        above === undefined
          ? await run('SELECT count(*) AS n FROM coach_ranks WHERE key = ?1', scoped(key))
          : await run(
              'SELECT count(*) AS n FROM coach_ranks WHERE key = ?1 AND score > ?2',
              scoped(key),
              above,
            );
      return Number(rows[0]?.['n'] ?? 0);
    },
    async rankScore(key, member) {
      const rows = await run(
        'SELECT score FROM coach_ranks WHERE key = ?1 AND member = ?2',
        scoped(key),
        member,
      );
      return rows[0] === undefined ? undefined : Number(rows[0]['score']);
    },
    async sweepExpired(limit) {
      const now = Date.now();
      const prefix = `${namespace}:`;
      const values = await run(
        `DELETE FROM "${table}" WHERE key IN (SELECT key FROM "${table}"
           WHERE ${expiresOf('value')} IS NOT NULL AND ${expiresOf('value')} <= ?1
             AND substr(key, 1, length(?2)) = ?2 LIMIT ?3)
         RETURNING key`,
        now,
        prefix,
        limit,
      );
      let swept = values.length;
      for (const table of ['coach_claims', 'coach_counters']) {
        const rows = await run(
          `DELETE FROM ${table} WHERE key IN (SELECT key FROM ${table}
             WHERE expires_at IS NOT NULL AND expires_at <= ?1 AND substr(key, 1, length(?2)) = ?2 LIMIT ?3)
           RETURNING key`,
          now,
          prefix,
          limit,
        );
        swept += rows.length;
      }
      return swept;
    },
    async close() {
      await reader.close();
      await closeUnused();
      await connection.close();
    },
  });
}
