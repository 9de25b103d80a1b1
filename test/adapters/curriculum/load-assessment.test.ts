import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentPathOf, loadAssessmentFile } from '../../../src/adapters/curriculum/load-assessment.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-assessment-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = { ...tinyPlan(), assessment: { Skills: ['Spark'] } };
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('loadAssessmentFile', () => {
  it('GIVEN a plan path WHEN asked for its data file THEN it sits next to it', () => {
    expect(assessmentPathOf('curriculum/days-31-60.md')).toBe('curriculum/days-31-60.assessment.json');
  });

  it('GIVEN no file WHEN loading THEN there is simply no data', async () => {
    expect(await loadAssessmentFile(join(dir, 'none.assessment.json'), plan)).toEqual({ kind: 'missing' });
  });

  it.each([
    ['not JSON', '{ nope', /bad\.assessment\.json: not JSON/],
    ['the wrong shape', '{"checklists": {"Skills": {"Spark": {"days": "31"}}}}', /bad\.assessment\.json: /],
    ['an unknown day', '{"checklists": {"Skills": {"Spark": {"days": [99]}}}}', /day 99 is not in the plan/],
  ])('GIVEN a file with %s WHEN loading THEN its problems name the file', async (_case, text, problem) => {
    const loaded = await loadAssessmentFile(file('bad.assessment.json', text), plan);
    expect(loaded.kind).toBe('invalid');
    expect(loaded.kind === 'invalid' ? loaded.problems.join('\n') : '').toMatch(problem);
  });

  it('GIVEN a good file WHEN loading THEN the map', async () => {
    const loaded = await loadAssessmentFile(
      file('ok.assessment.json', '{"checklists": {"Skills": {"Spark": {"days": [31]}}}}'),
      plan,
    );
    expect(loaded).toEqual({ kind: 'ok', map: { checklists: { Skills: { Spark: { days: [31] } } } } });
  });
});
