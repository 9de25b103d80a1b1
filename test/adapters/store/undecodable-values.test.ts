import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@keyv/redis';
import sqlite3 from 'sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore } from '../../../src/adapters/store/open-store.js';
import type { Store } from '../../../src/app/ports.js';
import { readRecord } from '../../../src/app/storage/versioned-records.js';
import { randomNamespace, recordingLogger } from './store-test-support.js';

const redisUrl = process.env['REDIS_URL'];
const dir = mkdtempSync(join(tmpdir(), 'coach-undecodable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'learner:discord:42';
const TORN = '{"value":{"v":1,"data":{"id":';
const NOW = new Date('2026-06-01T09:00:00Z');

/** Writes a record, lets `tear` overwrite its stored text, then reads it as the app does. */
async function readTorn(store: Store, tear: () => Promise<void>) {
  const logger = recordingLogger();
  try {
    await store.set(KEY, { v: 1, data: { id: 'discord:42' } });
    await tear();
    const raw = await store.get(KEY);
    const read = await readRecord(store, KEY, z.object({ id: z.string() }), logger, NOW);
    const kept = read.kind === 'corrupt' ? await store.get(read.quarantineKey) : undefined;
    const after = await store.get(KEY);
    if (read.kind === 'corrupt') await store.delete(read.quarantineKey);
    return { raw, read, kept, after, logged: logger.lines.join('\n') };
  } finally {
    await store.delete(KEY);
    await store.close();
  }
}

const expectSetAside = (result: Awaited<ReturnType<typeof readTorn>>) => {
  expect(result.raw).toEqual({ undecodable: TORN });
  expect(result.read).toEqual({ kind: 'corrupt', quarantineKey: `quarantine:${KEY}:20260601T090000.000Z` });
  expect(result.kept).toBe(TORN);
  expect(result.after).toBeUndefined();
  expect(result.logged).toContain('record set aside: not JSON');
};

// PostgreSQL is left out: keyv's table holds JSON in a json column, which refuses anything else.
describe('GIVEN a stored record whose text is not JSON (a torn write, a hand edit)', () => {
  it('WHEN the app reads it from SQLite THEN it is set aside with its text kept, and the key is free', async () => {
    const path = join(dir, 'coach.sqlite');
    const store = await openStore(`sqlite://${path}`, { namespace: 'coach', logger: recordingLogger() });
    const result = await readTorn(store, async () => {
      const db = new sqlite3.Database(path);
      await new Promise<void>((resolve, reject) =>
        db.run(`UPDATE keyv SET value = ?1 WHERE key = ?2`, [TORN, `coach:${KEY}`], (error) =>
          error === null ? resolve() : reject(error),
        ),
      );
      await new Promise<void>((resolve) => db.close(() => resolve()));
    });
    expectSetAside(result);
  });

  it.runIf(redisUrl !== undefined)(
    'WHEN the app reads it from Redis THEN it is set aside the same way',
    async () => {
      const namespace = randomNamespace();
      const store = await openStore(redisUrl ?? '', { namespace, logger: recordingLogger() });
      const result = await readTorn(store, async () => {
        const client = createClient({ url: redisUrl ?? '' });
        await client.connect();
        try {
          const [key] = await client.keys(`${namespace}*${KEY}`);
          if (key === undefined) throw new Error('the record is not in Redis');
          await client.set(key, TORN);
        } finally {
          await client.quit();
        }
      });
      expectSetAside(result);
    },
  );
});
