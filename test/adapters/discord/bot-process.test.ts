import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE, startFakeDiscord, type FakeDiscord } from '../../support/fake-discord/index.js';
import { DIST_MAIN, cleanEnv } from '../../support/run-coach.js';

const root = join(import.meta.dirname, '..', '..', '..');

describe('GIVEN DISCORD_TOKEN and DISCORD_API_URL pointing at a local Discord', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord({ token: 'local-secret-bot-token-123' });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('WHEN the compiled coach runs (as npm start does) THEN the bot connects, answers /help, and exits 0 on SIGTERM with the token in no log', async () => {
    const child = spawn(process.execPath, [DIST_MAIN], {
      cwd: root,
      env: cleanEnv({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, STORE_URL: 'memory://' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await fake.waitForRequest('GET', '/gateway/bot', 15_000);
      await waitFor(() => output.includes('"scheduler started"'), 15_000);
      const help = fake.interactions.slash({ name: 'help', userId: FIXTURE.learner });
      expect(((await help.reply(5_000)).embeds as { title?: string }[])[0]?.title).toBe('Commands');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('"shutting down"');
    expect(output).not.toContain(fake.token);
  }, 30_000);
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
