import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteConnection } from '../../../src/adapters/store/sqlite-connection.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-connection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GIVEN the store connection that keeps its prepared statements', () => {
  it('WHEN the same statement runs with different values THEN each run sees its own values and the writes before it', async () => {
    const connection = await openSqliteConnection(join(dir, 'same.sqlite'), 1_000);
    await connection.query('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)');
    for (let i = 0; i < 5; i += 1) await connection.query('INSERT INTO t (k, v) VALUES (?1, ?2)', `k${i}`, i);
    const rows = await connection.query('SELECT k, v FROM t WHERE v >= ?1 ORDER BY v', 3);
    expect(rows).toEqual([
      { k: 'k3', v: 3 },
      { k: 'k4', v: 4 },
    ]);
    expect(await connection.query('SELECT count(*) AS n FROM t WHERE v >= ?1', 0)).toEqual([{ n: 5 }]);
    await connection.close();
  });

  it('WHEN more distinct statements run than it keeps THEN the others still run, prepared each time', async () => {
    const connection = await openSqliteConnection(join(dir, 'many.sqlite'), 1_000);
    const answers: unknown[] = [];
    for (let i = 0; i < 100; i += 1) answers.push(...(await connection.query(`SELECT ${i} AS n`)));
    expect(answers).toEqual(Array.from({ length: 100 }, (_, n) => ({ n })));
    await connection.close();
  });

  it('WHEN a statement does not prepare THEN its caller sees the error and the next statement runs', async () => {
    const connection = await openSqliteConnection(join(dir, 'broken.sqlite'), 1_000);
    await expect(connection.query('SELEC 1')).rejects.toThrow(/syntax error/);
    await expect(connection.query('SELECT * FROM missing')).rejects.toThrow(/no such table/);
    await connection.query('CREATE TABLE missing (k TEXT)');
    // The statement that failed to prepare was not kept: it prepares again now the table exists.
    expect(await connection.query('SELECT * FROM missing')).toEqual([]);
    await connection.close();
  });

  it('WHEN the schema changes under a kept statement THEN it reads the new columns', async () => {
    const connection = await openSqliteConnection(join(dir, 'schema.sqlite'), 1_000);
    await connection.query('CREATE TABLE t (a INTEGER)');
    await connection.query('INSERT INTO t (a) VALUES (1)');
    expect(await connection.query('SELECT * FROM t')).toEqual([{ a: 1 }]);
    await connection.query('ALTER TABLE t ADD COLUMN b INTEGER DEFAULT 2');
    expect(await connection.query('SELECT * FROM t')).toEqual([{ a: 1, b: 2 }]);
    await connection.close();
  });

  it('WHEN it is closed THEN another connection opens the file and sees every write', async () => {
    const path = join(dir, 'closed.sqlite');
    const first = await openSqliteConnection(path, 1_000);
    await first.query('CREATE TABLE t (k TEXT)');
    await first.query('INSERT INTO t (k) VALUES (?1)', 'kept');
    await first.close();
    const second = await openSqliteConnection(path, 1_000);
    expect(await second.query('SELECT k FROM t')).toEqual([{ k: 'kept' }]);
    await second.close();
  });
});
