import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leaseOwnerOf } from '../../../src/adapters/scheduler/lease-owner.js';
import { startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { DIST_MAIN, cleanEnv } from '../../support/run-coach.js';

const root = join(import.meta.dirname, '..', '..', '..');

/** One running bot process (`node dist/main.js`) and the outcome of its start-up pass. */
interface BotProcess {
  readonly child: ChildProcessWithoutNullStreams;
  readonly firstPass: Promise<string>;
  readonly exited: Promise<number | null>;
}

let fake: FakeDiscord;
let dir: string;
const running: BotProcess[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord({ token: 'local-secret-bot-token-123' });
  dir = await mkdtemp(join(tmpdir(), 'coach-restart-'));
});

afterEach(async () => {
  for (const bot of running.splice(0)) {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

/** Starts the compiled bot on gateway shard `shard` over the test's SQLite file. */
function startBot(shard: string): BotProcess {
  const child = spawn(process.execPath, [DIST_MAIN], {
    cwd: root,
    env: cleanEnv({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARD: shard,
      STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`,
    }),
  });
  let output = '';
  const firstPass = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "scheduler started" line in:\n${output}`)), 20_000);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => text.includes('"scheduler started"'));
      if (line === undefined) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { pass: string }).pass);
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const bot = { child, firstPass, exited };
  running.push(bot);
  return bot;
}

async function crash(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGKILL');
  await bot.exited;
}

describe('GIVEN the leading bot process is killed without letting its scheduler lease go', () => {
  it('WHEN another shard starts THEN it waits, and WHEN the killed one restarts THEN it leads at once', async () => {
    const first = startBot('0/2');
    expect(await first.firstPass).toBe('ran');
    await crash(first);

    const otherShard = startBot('1/2');
    expect(await otherShard.firstPass).toBe('not-leader');

    const restarted = startBot('0/2');
    expect(await restarted.firstPass).toBe('ran');
  }, 60_000);
});

describe('GIVEN a host and a shard', () => {
  it.each([
    ['bot-1', undefined, 'bot-1/shard-all'],
    ['bot-1', { id: 0, count: 2 }, 'bot-1/shard-0-of-2'],
    ['bot-1', { id: 1, count: 2 }, 'bot-1/shard-1-of-2'],
  ])('WHEN %s runs shard %j THEN its lease owner is %s', (host, shard, owner) => {
    expect(leaseOwnerOf(host, shard)).toBe(owner);
  });
});
