import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';

const folder = join(import.meta.dirname, '..', '..', '..', 'curriculum');
const plans = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('GIVEN the curriculum folder', () => {
  it.each(plans)('WHEN parsing the plan %s THEN it has no problems', (name) => {
    const result = parsePlan(readFileSync(join(folder, name), 'utf8'));
    expect(result.kind === 'invalid' ? result.problems : []).toEqual([]);
  });

  it('WHEN parsing the example in README.md THEN it is a valid two-day plan', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const example = /```markdown\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';
    const result = parsePlan(example);
    expect(result.kind === 'ok' ? result.plan.days.map((day) => day.day) : result.problems).toEqual([61, 62]);
  });
});
