import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-store-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;

/** A fresh SQLite file for each test. */
function fresh(): { path: string; env: Record<string, string> } {
  run += 1;
  const path = join(dir, `coach-${run}.sqlite`);
  return { path, env: { STORE_URL: `sqlite://${path}`, LEARNER_TIMEZONE: 'UTC', DATA_DIR: dir } };
}

/** Runs one statement on the file, as another program would. */
function sql(path: string, statement: string, ...params: unknown[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path);
    db.all(statement, params, (error: Error | null, rows: Record<string, unknown>[]) => {
      db.close();
      if (error === null) resolve(rows);
      else reject(error);
    });
  });
}

const DONE = '/done Explained the DAG https://github.com/ada/notes\n';

describe('GIVEN a learner record in the SQLite file that is not valid JSON', () => {
  it('WHEN the learner runs a command THEN the record is set aside, they are told, and the next command works', async () => {
    const { path, env } = fresh();
    expect((await runCoach(DONE, env)).stdout).toContain('Day 31 · Spark Architecture: done.');
    await sql(
      path,
      `UPDATE keyv SET value = '{"value":{"v":1,"data":{"id":' WHERE key LIKE '%:learner:console:local'`,
    );

    const result = await runCoach('/today\n/today\n', env);
    expect(result.stdout).toMatch(
      /^I couldn't read your saved progress, so I set it aside for an admin \(quarantine:learner:console:local:\d{8}T\d{6}\.\d{3}Z\)\. Your next command starts a fresh record\.\n/,
    );
    expect(result.stdout).not.toContain('Something went wrong');
    expect(result.stdout).toContain('Day 31 · Spark Architecture');
    const kept = await sql(
      path,
      `SELECT value FROM keyv WHERE key LIKE '%:quarantine:learner:console:local:%'`,
    );
    expect(String(kept[0]?.['value'])).toContain('{\\"value\\":{\\"v\\":1,\\"data\\":{\\"id\\":');
  });
});

describe('GIVEN a SQLite file whose data page is damaged after start-up checks pass', () => {
  it('WHEN the learner runs a command THEN the console says the file is damaged, not that progress is safe', async () => {
    const { path, env } = fresh();
    await runCoach(DONE, env);
    damagePageHolding(path, 'learner:console:local');

    const result = await runCoach('/today\n', env);
    expect(result.stdout).toBe(
      `The store file ${path} is damaged (SQLite says: database disk image is malformed), so your progress can't be read or saved. Restore the file from a backup, or move it aside to start afresh.\n`,
    );
    expect(result.stdout).not.toContain('progress is safe');
  });
});

/** Overwrites the page of the file that holds `text` with garbage, as a failing disk would. */
function damagePageHolding(path: string, text: string): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(text);
  if (at < 0) throw new Error(`${text} is not in ${path}`);
  const page = Math.floor(at / PAGE_SIZE) * PAGE_SIZE;
  bytes.fill(0xde, page, page + PAGE_SIZE);
  writeFileSync(path, bytes);
}
const PAGE_SIZE = 4096;
