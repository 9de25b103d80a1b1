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

/** Key presses as a person types them: each chunk is sent on its own, 80 ms apart. */
type Keys = readonly string[];
const UP = '\x1b[A';
const LEFT = '\x1b[D';
const ENTER = '\r';

/** What a terminal shows, without its control sequences (cursor moves, clears) and carriage returns. */
const CONTROL = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
const screenText = (raw: string): string => raw.replace(CONTROL, '').replace(/\r/g, '');

/**
 * Runs the compiled coach on a pseudo-terminal `columns` wide (util-linux `script`), types
 * `keys` once the greeting is shown, waits until `done` holds for the screen, then types /quit.
 */
async function inTerminal(columns: number, keys: Keys, done: (screen: string) => boolean): Promise<string> {
  const command = `stty cols ${columns} rows 40; exec "${process.execPath}" "${DIST_MAIN}"`;
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: env(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let raw = '';
  child.stdout.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  try {
    await until(() => screenText(raw).includes('Study Coach.'));
    for (const key of keys) {
      child.stdin.write(key);
      await new Promise((resolve) => setTimeout(resolve, 80));
    }
    await until(() => done(screenText(raw)));
    child.stdin.write(`/quit${ENTER}`);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  } finally {
    child.kill('SIGTERM');
  }
  return screenText(raw);
}

const count = (text: string, part: string): number => text.split(part).length - 1;
/** Lines wider than `columns`, leaving out those that are one unbreakable word (a URL). */
const overlong = (screen: string, columns: number): string[] =>
  screen.split('\n').filter((line) => [...line].length > columns && /\S\s+\S/.test(line.trim()));

describe.runIf(process.platform === 'linux')('GIVEN the console coach on a terminal 60 columns wide', () => {
  it('WHEN the learner presses Up then Enter THEN the last command runs again (history)', async () => {
    const keys = ['/today', ENTER, UP, ENTER];
    const screen = await inTerminal(60, keys, (text) => count(text, 'Objective: Understand') >= 2);
    expect(count(screen, 'Objective: Understand')).toBe(2);
    expect(screen).not.toContain("I don't know");
  }, 30_000);

  it('WHEN the learner moves left to fix a typo THEN the line is edited in place (/tday becomes /today)', async () => {
    const keys = ['/tday', LEFT, LEFT, LEFT, 'o', ENTER];
    const screen = await inTerminal(60, keys, (text) => text.includes('Objective: Understand'));
    expect(screen).toContain('Day 31 · Spark Architecture');
    expect(screen).not.toContain("I don't know");
  }, 30_000);

  it('WHEN the learner asks for /help and /today THEN no line is wider than 60 columns, and the help table keeps its columns', async () => {
    const keys = ['/help', ENTER, '/today', ENTER];
    const screen = await inTerminal(60, keys, (text) => text.includes('Streak:'));
    expect(screen).toContain('/quit');
    expect(overlong(screen, 60)).toEqual([]);
    expect(screen).toContain(
      '  /done <proof>             complete your current day with\n                            proof (text and/or links)\n',
    );
  }, 30_000);

  it('WHEN the terminal does not say how wide it is THEN lines wrap at 80 columns', async () => {
    const screen = await inTerminal(0, ['/help', ENTER], (text) => text.includes('/quit '));
    expect(screen).toContain('/quit');
    expect(overlong(screen, 80)).toEqual([]);
  }, 30_000);
});
