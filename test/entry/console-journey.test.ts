import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';
import { JOURNEY_DIR } from '../support/journey-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-journey-'));
const env = {
  STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`,
  LEARNER_TIMEZONE: 'UTC',
  DATA_DIR: join(dir, 'data'),
  CURRICULUM_FILE: JOURNEY_DIR,
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GIVEN the console coach with CURRICULUM_FILE naming a folder of three cycles', () => {
  it('WHEN the learner works through cycle 1 and restarts THEN they are on Day 31 of cycle 2, with one record across the journey', async () => {
    const days = Array.from({ length: 30 }, (_, i) => `/done worked through day ${i + 1}\n`).join('');
    const first = await runCoach(`/today\n${days}/today\n`, env);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Day 1 · Python Setup');
    expect(first.stdout).toContain('Module 1 · Python for Data Work · Day 1 · cycle 1 of 3 · 1/90');
    expect(first.stdout).toContain('Day 31 · Spark Architecture');
    expect(first.stdout).toContain('Module 5 · Spark Fundamentals + PySpark · Day 31 · cycle 2 of 3 · 31/90');

    const again = await runCoach(
      '/today\n/progress\n/assessment\n/assessment 1\n/assessment 9\n/assessment two\n/export\n',
      env,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Day 31 · cycle 2 of 3 · 31/90');
    expect(again.stdout).toContain('Progress: 30/90 days done');
    expect(again.stdout).toContain('Cycle 2 of 3 · Days 31-60: Batch Processing Foundations');
    expect(again.stdout).toContain(
      'Cycle 2 of 3 assessment · Days 31-60 · Days 31-60: Batch Processing Foundations',
    );
    expect(again.stdout).toContain('Cycle 1 of 3 assessment · Days 1-30 · Days 1-30: Foundations');
    expect(again.stdout).toContain('There is no cycle 9: this journey has 3 cycles.');
    expect(again.stdout).toContain(
      'Give a cycle number, like /assessment 1, or nothing for your current cycle.',
    );
    const exports = readdirSync(join(dir, 'data'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.md'));
    expect(exports).toHaveLength(1);
    const portfolio = readFileSync(join(dir, 'data', exports[0] ?? ''), 'utf8');
    expect(portfolio).toContain('30 of 90 days done');
    expect(portfolio).toContain('### Day 30 · Review: Ready for Spark');
  }, 60_000);

  it('WHEN the folder holds two plans for the same days THEN the coach names both files and exits 1', async () => {
    const list = `${JOURNEY_DIR}/days-31-60-spark-airflow.md,curriculum/days-31-60-spark-airflow.md`;
    const run = await runCoach('/today\n', { ...env, CURRICULUM_FILE: list });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${JOURNEY_DIR}/days-31-60-spark-airflow.md (Days 31-60) and curriculum/days-31-60-spark-airflow.md (Days 31-60) overlap`,
    );
    expect(run.stdout).toBe('');
  });
});
