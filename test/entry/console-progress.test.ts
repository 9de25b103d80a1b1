import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/core/progress/card-layout.js';
import { decodePng } from '../support/decode-png.js';
import { runCoach } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-progress-'));
const dataDir = join(dir, 'data');
const env = {
  STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`,
  LEARNER_TIMEZONE: 'UTC',
  DATA_DIR: dataDir,
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The path printed after `label: `, or '' when there is none. */
const printed = (stdout: string, pattern: RegExp): string => pattern.exec(stdout)?.[1] ?? '';

describe('GIVEN the console coach as a real process', () => {
  it('WHEN a learner completes a day and asks for /progress THEN the text card is printed and a PNG is written where it says', async () => {
    const run = await runCoach('/done Explained lazy evaluation https://example.com/dag\n/progress\n', env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Progress: 1/30 days done');
    expect(run.stdout).toContain('✓31 ▶32 ○33');
    expect(run.stdout).toContain('Posts: LinkedIn 0/12 · Blog 0/5');
    const card = printed(run.stdout, /^card: (.+\.png)$/m);
    expect(card.startsWith(join(dataDir, 'cards', 'progress-'))).toBe(true);
    const png = decodePng(readFileSync(card));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('WHEN they /shift with nothing behind and /resume without a pause THEN one clear line each', async () => {
    const run = await runCoach('/shift\n/resume\n/progress\n', env);
    expect(run.stdout).toContain("You're on pace, so there's nothing to shift.");
    expect(run.stdout).toContain("You're not paused, so there's nothing to resume.");
    expect(run.stdout).toContain('Progress: 1/30 days done');
  });

  it('WHEN they /export THEN the JSON and the Markdown portfolio are written where it says', async () => {
    const run = await runCoach('/export\n', env);
    const json = printed(run.stdout, /^(.+\.json): /m);
    const markdown = printed(run.stdout, /^(.+\.md): /m);
    const data = JSON.parse(readFileSync(json, 'utf8')) as {
      learner: { id: string; completions: unknown[] };
    };
    expect(data.learner).toMatchObject({ id: 'console:local' });
    expect(data.learner.completions).toHaveLength(1);
    const portfolio = readFileSync(markdown, 'utf8');
    expect(portfolio).toContain('### Day 31 · Spark Architecture');
    expect(portfolio).toContain('> Explained lazy evaluation');
    expect(portfolio).toContain('- <https://example.com/dag>');
  });

  it('WHEN they /forget-me without confirming THEN nothing is deleted; with confirm THEN everything is, and /export has nothing', async () => {
    const asked = await runCoach('/forget-me\n/progress\n', env);
    expect(asked.stdout).toContain('Type /forget-me confirm to delete it.');
    expect(asked.stdout).toContain('Progress: 1/30 days done');
    const run = await runCoach('/forget-me confirm\n/export\n', env);
    expect(run.stdout).toContain('Done: everything I kept about you is deleted.');
    expect(run.stdout).toContain("I have no data stored for you, so there's nothing to export.");
    expect(existsSync(join(dir, 'coach.sqlite'))).toBe(true);
  });
});
