import { createRequire } from 'node:module';
import KeyvPostgres from '@keyv/postgres';
import { Keyv } from 'keyv';
import type { Logger, Store } from '../../app/ports.js';
import {
  checkStep,
  checkTtl,
  closable,
  keyvText,
  keyvValues,
  logKeyvErrors,
  membersByKey,
  checkScore,
  rankedRows,
  safeMessage,
  tolerateUndecodable,
} from './store-support.js';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  readonly namespace: string;
  readonly logger: Logger;
}

/** The part of pg's Pool this store uses (pg ships no types of its own). */
interface PgPool {
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): unknown;
}
type PgPoolConstructor = new (config: {
  connectionString: string;
  connectionTimeoutMillis: number;
}) => PgPool;

// The very pg that @keyv/postgres depends on, so both talk through one driver version.
const requireHere = createRequire(import.meta.url);
const { Pool } = createRequire(requireHere.resolve('@keyv/postgres'))('pg') as { Pool: PgPoolConstructor };

const CONNECT_TIMEOUT_MS = 10_000;

const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS coach_claims (key TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at TIMESTAMPTZ)',
  'CREATE TABLE IF NOT EXISTS coach_counters (key TEXT PRIMARY KEY, value BIGINT NOT NULL, expires_at TIMESTAMPTZ)',
  'CREATE TABLE IF NOT EXISTS coach_sets (key TEXT NOT NULL, member TEXT NOT NULL, PRIMARY KEY (key, member))',
  'CREATE TABLE IF NOT EXISTS coach_ranks (key TEXT NOT NULL, member TEXT NOT NULL, score DOUBLE PRECISION NOT NULL, PRIMARY KEY (key, member))',
  'CREATE INDEX IF NOT EXISTS coach_ranks_by_score ON coach_ranks (key, score)',
  'CREATE INDEX IF NOT EXISTS coach_claims_expiry ON coach_claims (expires_at) WHERE expires_at IS NOT NULL',
  'CREATE INDEX IF NOT EXISTS coach_counters_expiry ON coach_counters (expires_at) WHERE expires_at IS NOT NULL',
];
// Two processes creating the same table at once: the loser sees one of these, and the table exists.
const ALREADY_CREATED: ReadonlySet<string> = new Set(['23505', '42P07']);

// Server time, so every process agrees on expiry. Each statement is one atomic step.
const EXPIRES = `now() + $3::double precision * interval '1 millisecond'`;
const CLAIM = `INSERT INTO coach_claims (key, owner, expires_at) VALUES ($1, $2, ${EXPIRES})
  ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
  WHERE coach_claims.expires_at IS NOT NULL AND coach_claims.expires_at <= now()
  RETURNING owner`;
const LIVE = `(expires_at IS NULL OR expires_at > now())`;
// Each value's expiry, from keyv's JSON: the expression the expiry index is built on.
const VALUE_EXPIRES = `((value::jsonb ->> 'expires')::double precision)`;
// keyv's own row, written only where none is, or where the one there has expired (keyv's clock: ms).
const CREATE = `INSERT INTO public.keyv (key, value) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
  WHERE (keyv.value::jsonb ->> 'expires')::double precision <= $3
  RETURNING key`;
const INCREMENT = `INSERT INTO coach_counters (key, value, expires_at) VALUES ($1, $2, ${EXPIRES})
  ON CONFLICT (key) DO UPDATE SET
    value = CASE WHEN coach_counters.expires_at <= now() THEN EXCLUDED.value
      ELSE coach_counters.value + EXCLUDED.value END,
    expires_at = CASE WHEN coach_counters.expires_at <= now() THEN EXCLUDED.expires_at
      ELSE coach_counters.expires_at END
  RETURNING value`;

/**
 * A Store in one PostgreSQL database, shared safely by any number of processes: values go
 * through keyv, claims/counters/sets through single SQL statements. Each store owns its pool
 * (@keyv/postgres alone keeps one pool per process, which closing any store would end).
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions): Promise<Store> {
  const { namespace, logger } = options;
  const pool = new Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on('error', (error) =>
    logger.error('store error', { backend: 'postgres', error: safeMessage(error, url) }),
  );
  type Row = Record<string, unknown>;
  const run = async (sql: string, values: unknown[] = []): Promise<Row[]> =>
    (await pool.query(sql, values)).rows;

  try {
    for (const statement of SCHEMA) {
      await run(statement).catch((error: unknown) => {
        if (!ALREADY_CREATED.has((error as { code?: string }).code ?? '')) throw error;
      });
    }
    await run('DELETE FROM coach_claims WHERE expires_at <= now()');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open PostgreSQL store: ${safeMessage(error, url)}`, { cause: error });
  }

  const adapter = new (class extends KeyvPostgres {
    override async connect() {
      return run;
    }
    override async disconnect() {
      await pool.end();
    }
  })({ uri: url });
  const keyv = new Keyv({ store: adapter, namespace, throwOnErrors: true });
  // keyv's own table (created by the adapter): an index on each value's expiry, so sweeping never scans.
  try {
    await adapter.query(
      `CREATE INDEX IF NOT EXISTS keyv_expiry ON public.keyv (${VALUE_EXPIRES}) WHERE ${VALUE_EXPIRES} IS NOT NULL`,
    );
  } catch (error) {
    if (!ALREADY_CREATED.has((error as { code?: string }).code ?? '')) {
      await pool.end().catch(() => undefined);
      throw new Error(`cannot open PostgreSQL store: ${safeMessage(error, url)}`, { cause: error });
    }
  }
  logKeyvErrors(keyv, logger, 'postgres', url);
  tolerateUndecodable(keyv);

  const scoped = (key: string): string => `${namespace}:${key}`;
  const ttlOf = (ttlMs: number | undefined): number | null => checkTtl(ttlMs) ?? null;

  return closable({
    ...keyvValues(keyv),
    async create(key, value) {
      return (await run(CREATE, [scoped(key), await keyvText(keyv, value), Date.now()])).length === 1;
    },
    async delete(key) {
      await keyv.delete(key);
      await run(
        `WITH c AS (DELETE FROM coach_claims WHERE key = $1), n AS (DELETE FROM coach_counters WHERE key = $1),
           r AS (DELETE FROM coach_ranks WHERE key = $1)
         DELETE FROM coach_sets WHERE key = $1`,
        [scoped(key)],
      );
    },
    async claim(key, owner, ttlMs) {
      return (await run(CLAIM, [scoped(key), owner, ttlOf(ttlMs)])).length === 1;
    },
    async claimOwner(key) {
      const rows = await run(`SELECT owner FROM coach_claims WHERE key = $1 AND ${LIVE}`, [scoped(key)]);
      return rows[0] === undefined ? undefined : String(rows[0]['owner']);
    },
    async release(key, owner) {
      const sql = `DELETE FROM coach_claims WHERE key = $1 AND owner = $2 AND ${LIVE} RETURNING key`;
      return (await run(sql, [scoped(key), owner])).length === 1;
    },
    async increment(key, by, ttlMs) {
      const rows = await run(INCREMENT, [scoped(key), checkStep(by), ttlOf(ttlMs)]);
      return Number(rows[0]?.['value']);
    },
    async counter(key) {
      const rows = await run(`SELECT value FROM coach_counters WHERE key = $1 AND ${LIVE}`, [scoped(key)]);
      return rows[0] === undefined ? 0 : Number(rows[0]['value']);
    },
    async addToSet(key, member) {
      await run('INSERT INTO coach_sets (key, member) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
        scoped(key),
        member,
      ]);
    },
    async removeFromSet(key, member) {
      await run('DELETE FROM coach_sets WHERE key = $1 AND member = $2', [scoped(key), member]);
    },
    async setMembers(key) {
      const rows = await run('SELECT member FROM coach_sets WHERE key = $1', [scoped(key)]);
      return rows.map((row) => String(row['member'])).sort();
    },
    async setMembersMany(keys) {
      if (keys.length === 0) return [];
      const rows = await run('SELECT key, member FROM coach_sets WHERE key = ANY($1)', [keys.map(scoped)]);
      return membersByKey(keys, rows, scoped);
    },
    async rankSet(key, member, score) {
      const sql = `INSERT INTO coach_ranks (key, member, score) VALUES ($1, $2, $3)
        ON CONFLICT (key, member) DO UPDATE SET score = EXCLUDED.score`;
      await run(sql, [scoped(key), member, checkScore(score)]);
    },
    async rankRemove(key, member) {
      await run('DELETE FROM coach_ranks WHERE key = $1 AND member = $2', [scoped(key), member]);
    },
    async rankTop(key, limit) {
      const sql = `SELECT member, score FROM coach_ranks WHERE key = $1
        ORDER BY score DESC, member COLLATE "C" LIMIT $2`;
      return rankedRows(await run(sql, [scoped(key), limit]));
    },
    async rankUpTo(key, maxScore, limit) {
      const sql = `SELECT member, score FROM coach_ranks WHERE key = $1 AND score <= $2
        ORDER BY score LIMIT $3`;
      return rankedRows(await run(sql, [scoped(key), maxScore, limit]));
    },
    async rankCount(key, above) {
      const rows =
        above === undefined
          ? await run('SELECT count(*) AS n FROM coach_ranks WHERE key = $1', [scoped(key)])
          : await run('SELECT count(*) AS n FROM coach_ranks WHERE key = $1 AND score > $2', [
              scoped(key),
              above,
            ]);
      return Number(rows[0]?.['n'] ?? 0);
    },
    async rankScore(key, member) {
      const rows = await run('SELECT score FROM coach_ranks WHERE key = $1 AND member = $2', [
        scoped(key),
        member,
      ]);
      return rows[0] === undefined ? undefined : Number(rows[0]['score']);
    },
    async sweepExpired(limit) {
      const prefix = `${namespace}:%`;
      const values = await run(
        `DELETE FROM public.keyv WHERE key IN (SELECT key FROM public.keyv
           WHERE ${VALUE_EXPIRES} <= $1 AND key LIKE $2 LIMIT $3)
         RETURNING key`,
        [Date.now(), prefix, limit],
      );
      let swept = values.length;
      for (const table of ['coach_claims', 'coach_counters']) {
        const rows = await run(
          `DELETE FROM ${table} WHERE key IN (SELECT key FROM ${table}
             WHERE expires_at IS NOT NULL AND expires_at <= now() AND key LIKE $1 LIMIT $2)
           RETURNING key`,
          [prefix, limit],
        );
        swept += rows.length;
      }
      return swept;
    },
    async close() {
      await keyv.disconnect();
    },
  });
}
