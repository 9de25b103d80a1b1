import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_MAIN, cleanEnv } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = () =>
  cleanEnv({ STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`, LEARNER_TIMEZONE: 'UTC', DATA_DIR: dir });

describe('GIVEN the console coach with stdin that stays open (a terminal, or a pipe not yet closed)', () => {
  it('WHEN the learner types /quit THEN the coach ends at once with exit code 0', async () => {
    const child = spawn(process.execPath, [DIST_MAIN], { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('/today\n/quit\n');
    const outcome = await Promise.race([
      exited,
      new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000)),
    ]);
    if (outcome === 'still running') child.kill('SIGTERM');
    expect(outcome).toBe(0);
    expect(stdout).toContain('Day 31 · Spark Architecture');
  });
});
