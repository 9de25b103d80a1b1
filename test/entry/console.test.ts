import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../scripts/build.mjs';
import { DIST_MAIN, cleanEnv, runCoach, runProcess, type CoachRun } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-console-'));
const env = {
  STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`,
  LEARNER_TIMEZONE: 'UTC',
  DATA_DIR: join(dir, 'data'),
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/TypeError|ReferenceError|ZodError/);
};

/** What /progress prints: from its first line to the line naming the card it wrote. */
const PROGRESS = /^Progress: [^\n]*\n[\s\S]*?^card: [^\n]*\n/gm;

describe('GIVEN a new learner in the console coach', () => {
  it('WHEN they follow the README quickstart (/today and /progress piped through npm start) THEN Day 31 is printed with every part of the day, and the compiled coach finds the shipped fonts and writes the card', async () => {
    const data = join(dir, 'built');
    const run = await runProcess(
      'npm',
      ['start', '--silent'],
      '/today\n/progress\n',
      cleanEnv({ ...env, DATA_DIR: data }),
    );
    expect(run.code).toBe(0);
    for (const part of [
      'Day 31 · Spark Architecture',
      'Module 5 · Spark Fundamentals + PySpark · day 1 of 30',
      "Objective: Understand Spark's distributed computing model",
      'Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
      'Resources: Spark Programming Guide <https://spark.apache.org/docs/latest/rdd-programming-guide.html>',
      'Python skill: Advanced data structures, pandas introduction',
      "Prove it: Can explain Spark's lazy evaluation and DAG execution",
      'LinkedIn post to write: "Moving from streaming to batch: First impressions of Apache Spark"',
    ]) {
      expect(run.stdout).toContain(part);
    }
    expect(run.stdout).not.toContain('> ');
    const card = /^card: (.+\.png)$/m.exec(run.stdout)?.[1];
    expect(card).toBeDefined();
    expect(card?.startsWith(data)).toBe(true);
    expect(existsSync(card ?? '')).toBe(true);
    expect(existsSync(DIST_MAIN)).toBe(true);
  }, 60_000); // npm, the build and the coach: three processes in a row, slow on a busy machine

  it('WHEN the tests run the coach THEN it is dist/main.js as scripts/build.mjs builds it from these sources, and it writes the card', async () => {
    const data = join(dir, 'compiled');
    const run = await runCoach('/progress\n', { ...env, DATA_DIR: data });
    expect(run.code).toBe(0);
    const card = /^card: (.+\.png)$/m.exec(run.stdout)?.[1];
    expect(card?.startsWith(data)).toBe(true);
    expect(existsSync(card ?? '')).toBe(true);
    const built = await bundle();
    expect(built.map((file) => file.path)).toContain(DIST_MAIN);
    for (const file of built) {
      expect(readFileSync(file.path).equals(file.contents), `${file.path} is up to date`).toBe(true);
    }
  });

  it('WHEN they complete the day with proof THEN /today shows Day 32 and /progress counts it', async () => {
    const run = await runCoach(
      '/done Explained lazy evaluation and the DAG https://example.com/notes\n/today\n/progress\n',
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Day 31 · Spark Architecture: done');
    expect(run.stdout).toContain('Day 32 · RDD Fundamentals');
    expect(run.stdout).toContain('Progress: 1/30 days done');
    expect(run.stdout).toContain('Streak: 1 day');
  });
});

describe('GIVEN that learner, when the coach is started again (one process for the lines below)', () => {
  const mistakes = [
    ['/day 99', 'Days run from 31 to 60'],
    ['/day abc', 'Give a day number'],
    ['/timezone Mars/Olympus', "That timezone isn't one I know"],
    ['/frobnicate', "I don't know"],
    ['hello coach', "I don't know"],
  ] as const;
  let run: CoachRun;
  /** Each /progress printed, in order: the first, then one after each mistake. */
  let progress: string[];
  /** What came around them: [/done, then the answer to each mistake, then /help]. */
  let answers: string[];
  beforeAll(async () => {
    const lines = ['/done', '/progress', ...mistakes.flatMap(([line]) => [line, '/progress']), '/help'];
    run = await runCoach(`${lines.join('\n')}\n`, env);
    progress = run.stdout.match(PROGRESS) ?? [];
    answers = run.stdout.split(PROGRESS);
    expect(progress).toHaveLength(1 + mistakes.length);
    expect(answers).toHaveLength(progress.length + 1);
  });

  it('THEN the progress is still there', () => {
    expect(run.stdout).toContain('Progress: 1/30 days done');
    expect(run.stdout).toContain('Day 32 today');
    expect(answers[0]).toContain('Add your proof');
  });

  it.each(mistakes.map(([line, message], index) => [line, message, index] as const))(
    'WHEN they type %s THEN one line explains and nothing changes',
    (_line, message, index) => {
      expect(run.code).toBe(0);
      expect(answers[index + 1]).toContain(message);
      expect(progress[index + 1]).toMatch(/^Progress: 1\/30 days done\n/);
      noStackTrace(run.stdout + run.stderr);
    },
  );

  it('WHEN they ask for /help THEN every command is listed and no line is wider than a terminal', () => {
    const help = answers.at(-1) ?? '';
    for (const command of ['/today', '/day N', '/done', '/ask', '/review', '/progress', '/shift', '/pause']) {
      expect(help).toContain(command);
    }
    for (const command of [
      '/resume',
      '/assessment',
      '/timezone',
      '/settings',
      '/export',
      '/forget-me',
      '/quit',
    ]) {
      expect(help).toContain(command);
    }
    expect(Math.max(...help.split('\n').map((line) => line.length))).toBeLessThanOrEqual(110);
  });

  it('WHEN /quit comes before other commands THEN the rest is not run and the exit is clean', async () => {
    const quit = await runCoach('/quit\n/done Something https://example.com\n', env);
    expect(quit.code).toBe(0);
    expect(quit.stdout).not.toContain('done');
  });
});

describe('GIVEN a broken configuration', () => {
  it('WHEN the coach starts THEN it lists the problem and exits 1', async () => {
    const run = await runCoach('/today\n', {
      ...env,
      STORE_URL: 'mysql://nope',
      LEARNER_TIMEZONE: 'Mars/Olympus',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('STORE_URL');
    expect(run.stderr).toContain('LEARNER_TIMEZONE');
  });

  it('WHEN the plan file is malformed THEN the coach names the file and line and exits 1', async () => {
    const run = await runCoach('/today\n', {
      ...env,
      CURRICULUM_FILE: 'test/fixtures/plans/missing-fields.md',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/missing-fields\.md:\d+: /);
    expect(run.stdout).toBe('');
    noStackTrace(run.stderr);
  });

  it('WHEN the store cannot be opened THEN one line names the store and the coach exits 1', async () => {
    const run = await runCoach('/today\n', { ...env, STORE_URL: 'sqlite:///dev/null/coach.sqlite' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Can't open the store at sqlite:///dev/null/coach.sqlite");
    expect(run.stdout).toBe('');
    noStackTrace(run.stderr);
  });

  it('WHEN the plan file does not exist THEN the coach says so and exits 1', async () => {
    const run = await runCoach('/today\n', { ...env, CURRICULUM_FILE: 'curriculum/nope.md' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nope.md');
    noStackTrace(run.stderr);
  });
});
