import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/curriculum.js';
import { DaySchema, PlanSchema } from '../../src/core/curriculum/plan.js';
import { DIST_CLI } from '../support/run-coach.js';

const root = join(import.meta.dirname, '..', '..');
const REAL = 'curriculum/days-31-60-spark-airflow.md';
const FIXTURES = 'test/fixtures/plans';
const USAGE = [
  'usage:',
  '  study-coach curriculum check <file>   check a plan file (or a folder or list: a journey)',
  '  study-coach curriculum export <file>  print a plan file as JSON',
  '',
].join('\n');

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The installed bin (`npx study-coach`), which runs the sources through tsx. */
const bin = (...args: string[]) => run('bin/study-coach.js', args);
/** The compiled CLI (`npm run cli`), built once by the global setup: the same code, started faster. */
const cli = (...args: string[]) => run(DIST_CLI, args);

describe('GIVEN the study-coach CLI run as a real process', () => {
  it('WHEN checking the real plan with the installed bin THEN it prints the summary and exits 0', () => {
    expect(bin('curriculum', 'check', REAL)).toEqual({
      code: 0,
      stdout: `ok: ${REAL}: 30 days (31-60), 5 sections, 12 LinkedIn + 5 blog posts, 4 project days\n`,
      stderr: '',
    });
  });

  it('WHEN checking a folder of three cycles THEN it prints each cycle, then the journey', () => {
    const folder = 'test/fixtures/journey';
    expect(cli('curriculum', 'check', folder)).toEqual({
      code: 0,
      stdout: [
        `ok: ${folder}/days-01-30-foundations.md: 30 days (1-30), 5 sections, 6 LinkedIn + 0 blog posts, 4 project days`,
        `ok: ${folder}/days-31-60-spark-airflow.md: 30 days (31-60), 5 sections, 12 LinkedIn + 5 blog posts, 4 project days`,
        `ok: ${folder}/days-61-90-streaming.md: 30 days (61-90), 5 sections, 0 LinkedIn + 5 blog posts, 4 project days, 30 days without a checkpoint (61-90)`,
        'journey: 3 cycles, 90 days (1-90)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('WHEN checking a list with a gap THEN both files are named and it exits 1', () => {
    const list =
      'test/fixtures/journey/days-01-30-foundations.md,test/fixtures/journey/days-61-90-streaming.md';
    const result = cli('curriculum', 'check', list);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'test/fixtures/journey/days-01-30-foundations.md (Days 1-30) and test/fixtures/journey/days-61-90-streaming.md (Days 61-90) leave a gap: Days 31-60 are in no plan\n',
    );
  });

  it('WHEN checking the second plan THEN it summarises that plan', () => {
    expect(cli('curriculum', 'check', `${FIXTURES}/days-61-72-flink.md`).stdout).toBe(
      `ok: ${FIXTURES}/days-61-72-flink.md: 12 days (61-72), 3 sections, 3 LinkedIn + 2 blog posts, 2 project days\n`,
    );
  });

  it('WHEN checking a plan in every shape people write THEN it says what it found, days without a checkpoint too', () => {
    expect(cli('curriculum', 'check', `${FIXTURES}/days-91-100-lakehouse.md`)).toEqual({
      code: 0,
      stdout: `ok: ${FIXTURES}/days-91-100-lakehouse.md: 10 days (91-100), 2 sections, 2 LinkedIn + 1 blog post, 1 project day, 3 days without a checkpoint (94, 97-98)\n`,
      stderr: '',
    });
  });

  it('WHEN checking a plan with misspelt labels THEN each is reported at its own line with a suggestion', () => {
    const file = `${FIXTURES}/refused-misspelled-labels.md`;
    const { code, stdout, stderr } = cli('curriculum', 'check', file);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.split('\n').slice(0, 3)).toEqual([
      `${file}:8: Day 41: "Pyhton Skill" is not a label I know; did you mean "Python Skill"?`,
      `${file}:9: Day 41: "Checkpint" is not a label I know; did you mean "Checkpoint"?`,
      `${file}:10: Day 41: "LinkdIn Post" is not a label I know; did you mean "LinkedIn Post"?`,
    ]);
  });

  it('WHEN checking a malformed plan with the installed bin THEN it lists file:line: message on stderr and exits 1', () => {
    const file = `${FIXTURES}/missing-fields.md`;
    expect(bin('curriculum', 'check', file)).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        `${file}:9: Day 2 has no Task or Project`,
        `${file}:21: Day 4: "Tools" has no text`,
        `${file}:22: Day 4: "Checkpoint" has no text`,
        `${file}:23: Day 4: "LinkedIn Post" has no title`,
        '',
      ].join('\n'),
    });
  });

  it('WHEN the file cannot be read THEN it says why on stderr and exits 1', () => {
    const missing = cli('curriculum', 'check', 'curriculum/no-such-plan.md');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^study-coach: cannot read curriculum\/no-such-plan\.md: ENOENT.*\n$/);
    const directory = cli('curriculum', 'export', 'curriculum');
    expect(directory.code).toBe(1);
    expect(directory.stderr).toMatch(/^study-coach: cannot read curriculum: EISDIR/);
  });

  it('WHEN exporting the real plan THEN stdout is the plan as JSON with the schema keys in order', () => {
    const { code, stdout, stderr } = cli('curriculum', 'export', REAL);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const plan = JSON.parse(stdout);
    expect(Object.keys(plan)).toEqual(Object.keys(PlanSchema.shape));
    for (const day of plan.days) expect(Object.keys(day)).toEqual(Object.keys(DaySchema.shape));
    expect(PlanSchema.parse(plan)).toEqual(plan);
    expect(plan.days).toHaveLength(30);
    expect(plan.days[6]).toMatchObject({ day: 37, activities: [{ kind: 'project', minutes: 30 }] });
    expect(plan.sections[0]).toEqual({
      kind: 'module',
      number: 5,
      title: 'Spark Fundamentals + PySpark',
      days: [31, 32, 33, 34, 35, 36, 37],
    });
    expect(plan.days[0].resources[0]).toEqual({
      kind: 'link',
      title: 'Spark Programming Guide',
      url: 'https://spark.apache.org/docs/latest/rdd-programming-guide.html',
    });
  });

  it('WHEN exporting a malformed plan THEN nothing goes to stdout and it exits 1', () => {
    const result = cli('curriculum', 'export', `${FIXTURES}/numbering.md`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      `${FIXTURES}/numbering.md:3: Day 1 is not inside a section; put it under "## Module N: Title (Days A-B)", "### Week N: Title" or "## Days A-B: Title"`,
    );
  });

  it.each<[string, string[], string]>([
    ['no arguments', [], 'missing command'],
    ['an unknown command', ['lessons'], 'unknown command "lessons"'],
    ['curriculum alone', ['curriculum'], 'missing curriculum command'],
    ['an unknown curriculum command', ['curriculum', 'lint', REAL], 'unknown curriculum command "lint"'],
    ['check without a file', ['curriculum', 'check'], 'missing <file> for curriculum check'],
    ['an extra argument', ['curriculum', 'export', REAL, 'more'], 'unexpected argument "more"'],
  ])('WHEN given %s THEN it prints one line and the usage on stderr and exits 2', (_name, args, message) => {
    expect(cli(...args)).toEqual({ code: 2, stdout: '', stderr: `study-coach: ${message}\n${USAGE}` });
  });

  it('WHEN asked for help THEN it prints the usage on stdout and exits 0', () => {
    expect(cli('--help')).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });
});

describe('GIVEN a plan summary', () => {
  it('WHEN every count is one THEN the summary uses singular words', () => {
    const one = {
      days: 1,
      sections: 1,
      linkedinPosts: 1,
      blogPosts: 1,
      projects: 1,
      firstDay: 5,
      lastDay: 5,
      withoutCheckpoint: [],
    };
    expect(formatSummary(one)).toBe('1 day (5), 1 section, 1 LinkedIn + 1 blog post, 1 project day');
  });

  it.each<[readonly number[], string]>([
    [[5], '1 day without a checkpoint (5)'],
    [[61, 62, 63], '3 days without a checkpoint (61-63)'],
    [[94, 97, 98, 100], '4 days without a checkpoint (94, 97-98, 100)'],
  ])('WHEN days %j have no checkpoint THEN the summary lists them, runs joined', (days, expected) => {
    const summary = {
      days: 30,
      sections: 2,
      linkedinPosts: 0,
      blogPosts: 0,
      projects: 0,
      firstDay: 61,
      lastDay: 90,
      withoutCheckpoint: days,
    };
    expect(formatSummary(summary)).toBe(
      `30 days (61-90), 2 sections, 0 LinkedIn + 0 blog posts, 0 project days, ${expected}`,
    );
  });
});
