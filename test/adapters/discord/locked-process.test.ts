import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { DIST_MAIN, cleanEnv } from '../../support/run-coach.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'coach-locked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Another program's connection to the file, holding its write lock until `release`. */
async function holdWriteLock(path: string): Promise<{ release(): Promise<void> }> {
  const db = new sqlite3.Database(path);
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) =>
      db.exec(sql, (error) => (error === null ? resolve() : reject(error))),
    );
  await exec('BEGIN IMMEDIATE');
  return {
    async release() {
      await exec('ROLLBACK');
      await new Promise<void>((resolve) => db.close(() => resolve()));
    },
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const PROOF = { proof: 'Explained the DAG https://github.com/ada/notes' };
const USERS = [FIXTURE.learner, FIXTURE.admin, FIXTURE.closedDms, '1300000000000000009'];

describe('GIVEN the bot process on a SQLite file whose write lock another process holds', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord({ token: 'local-secret-bot-token-123' });
  });
  afterEach(() => fake.close());

  it('WHEN six /done arrive at once THEN each is deferred within 3 s, /help still answers, and every day is done once the lock goes', async () => {
    const path = join(dir, 'coach.sqlite');
    // By name, as discord.com is: each new connection looks the host up on libuv's thread pool.
    const apiUrl = fake.apiUrl.replace('127.0.0.1', 'localhost');
    const child = spawn(process.execPath, [DIST_MAIN], {
      cwd: root,
      env: cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: apiUrl, STORE_URL: `sqlite://${path}` }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await waitFor(() => output.includes('"scheduler started"'), 15_000);
      const lock = await holdWriteLock(path);
      const started = performance.now();
      const senders = [...USERS, FIXTURE.learner, FIXTURE.admin];
      const used = senders.map((userId) => fake.interactions.slash({ name: 'done', userId, options: PROOF }));
      const callbacks = await Promise.all(used.map((one) => one.callback(5_000)));
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(callbacks.map((callback) => callback.type)).toEqual([5, 5, 5, 5, 5, 5]);
      const help = await fake.interactions.slash({ name: 'help', userId: FIXTURE.learner }).callback(3_000);
      expect(help.type).toBe(4);

      await lock.release();
      const replies = await Promise.all(used.map(async (one) => String((await one.reply(15_000)).content)));
      for (const user of USERS) {
        const theirs = replies.filter((_, index) => senders[index] === user);
        expect(theirs.some((content) => content.includes('Day 31 · Spark Architecture: done.'))).toBe(true);
      }
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 60_000);
});
