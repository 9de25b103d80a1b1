import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCoach, runProcess } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-console-'));
const env = { STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`, LEARNER_TIMEZONE: 'UTC' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStackTrace = (text: string) => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/TypeError|ReferenceError|ZodError/);
};

describe('GIVEN a new learner in the console coach', () => {
  it('WHEN they pipe /today through npm start THEN Day 31 is printed with every part of the day', async () => {
    const run = await runProcess('npm', ['start', '--silent'], '/today\n', cleanEnv(env));
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
  });

  it('WHEN npm start runs the compiled coach THEN /progress finds the shipped fonts and writes the card', async () => {
    const data = join(dir, 'built');
    const run = await runProcess(
      'npm',
      ['start', '--silent'],
      '/progress\n',
      cleanEnv({ ...env, DATA_DIR: data }),
    );
    expect(run.code).toBe(0);
    const card = /^card: (.+\.png)$/m.exec(run.stdout)?.[1];
    expect(card).toBeDefined();
    expect(card?.startsWith(data)).toBe(true);
    expect(existsSync(card ?? '')).toBe(true);
    expect(existsSync(join(import.meta.dirname, '..', '..', 'dist', 'main.js'))).toBe(true);
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

  it('WHEN the coach is started again THEN the progress is still there', async () => {
    const run = await runCoach('/progress\n/done\n', env);
    expect(run.stdout).toContain('Progress: 1/30 days done');
    expect(run.stdout).toContain('Day 32 today');
    expect(run.stdout).toContain('Add your proof');
  });

  it.each([
    ['/day 99', 'Days run from 31 to 60'],
    ['/day abc', 'Give a day number'],
    ['/timezone Mars/Olympus', "That timezone isn't one I know"],
    ['/frobnicate', "I don't know"],
    ['hello coach', "I don't know"],
  ])('WHEN they type %s THEN one line explains and nothing changes', async (line, message) => {
    const run = await runCoach(`${line}\n/progress\n`, env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(message);
    expect(run.stdout).toContain('Progress: 1/30 days done');
    noStackTrace(run.stdout + run.stderr);
  });

  it('WHEN they ask for /help THEN every command is listed and no line is wider than a terminal', async () => {
    const run = await runCoach('/help\n', env);
    for (const command of ['/today', '/day N', '/done', '/ask', '/review', '/progress', '/shift', '/pause']) {
      expect(run.stdout).toContain(command);
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
      expect(run.stdout).toContain(command);
    }
    expect(Math.max(...run.stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(110);
  });

  it('WHEN /quit comes before other commands THEN the rest is not run and the exit is clean', async () => {
    const run = await runCoach('/quit\n/done Something https://example.com\n', env);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('done');
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
