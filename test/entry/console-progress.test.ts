import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/core/progress/card-layout.js';
import { decodePng } from '../support/decode-png.js';
import { runCoach, type CoachRun } from '../support/run-coach.js';

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
/** What was printed after `marker` (its first occurrence), or '' when it was not printed. */
const after = (stdout: string, marker: string): string => {
  const at = stdout.indexOf(marker);
  return at < 0 ? '' : stdout.slice(at + marker.length);
};

// One coach process for the whole session below: each test reads its part of the output.
const SESSION = [
  '/done Explained lazy evaluation https://example.com/dag',
  '/progress',
  '/shift',
  '/resume',
  '/progress',
  '/export',
  '/forget-me',
  '/progress',
  '/forget-me confirm',
  '/export',
];

describe('GIVEN the console coach as a real process', () => {
  let run: CoachRun;
  beforeAll(async () => {
    run = await runCoach(`${SESSION.join('\n')}\n`, env);
  });

  it('WHEN a learner completes a day and asks for /progress THEN the text card is printed and a PNG is written where it says', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Progress: 1/30 days done');
    expect(run.stdout).toContain('✓31 ▶32 ○33');
    expect(run.stdout).toContain('Posts: LinkedIn 0/12 · Blog 0/5');
    const card = printed(run.stdout, /^card: (.+\.png)$/m);
    expect(card.startsWith(join(dataDir, 'cards', 'progress-'))).toBe(true);
    const png = decodePng(readFileSync(card));
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  it('WHEN they /shift with nothing behind and /resume without a pause THEN one clear line each', () => {
    const shifted = after(run.stdout, "You're on pace, so there's nothing to shift.");
    expect(shifted).not.toBe('');
    const resumed = after(shifted, "You're not paused, so there's nothing to resume.");
    expect(resumed).not.toBe('');
    expect(resumed).toContain('Progress: 1/30 days done');
  });

  it('WHEN they /export THEN the JSON and the Markdown portfolio are written where it says', () => {
    const exported = after(run.stdout, "You're not paused");
    const json = printed(exported, /^(.+\.json): /m);
    const markdown = printed(exported, /^(.+\.md): /m);
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

  it('WHEN they /forget-me without confirming THEN nothing is deleted; with confirm THEN everything is, and /export has nothing', () => {
    const asked = after(run.stdout, 'Type /forget-me confirm to delete it.');
    expect(asked).not.toBe('');
    expect(asked).toContain('Progress: 1/30 days done');
    const confirmed = after(asked, 'Done: everything I kept about you is deleted.');
    expect(confirmed).not.toBe('');
    expect(confirmed).toContain("I have no data stored for you, so there's nothing to export.");
    expect(existsSync(join(dir, 'coach.sqlite'))).toBe(true);
  });
});
