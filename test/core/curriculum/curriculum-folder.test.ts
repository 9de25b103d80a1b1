import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary, journeyLines } from '../../../src/cli/curriculum.js';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';
import { planSummary } from '../../../src/core/curriculum/plan-summary.js';
import { JOURNEY_DIR, threeCycleJourney } from '../../support/journey-fixtures.js';
import { fixturePlan } from '../../support/plan-fixtures.js';

const folder = join(import.meta.dirname, '..', '..', '..', 'curriculum');
const plans = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('GIVEN the curriculum folder', () => {
  it.each(plans)('WHEN parsing the plan %s THEN it has no problems', (name) => {
    const result = parsePlan(readFileSync(join(folder, name), 'utf8'));
    expect(result.kind === 'invalid' ? result.problems : []).toEqual([]);
  });

  const readme = readFileSync(join(folder, 'README.md'), 'utf8');
  const examples = [...readme.matchAll(/```markdown\n([\s\S]*?)\n```/g)].map((match) => match[1] ?? '');

  it('WHEN parsing the example in README.md THEN it is a valid two-day plan', () => {
    const result = parsePlan(examples[0] ?? '');
    expect(result.kind === 'ok' ? result.plan.days.map((day) => day.day) : result.problems).toEqual([61, 62]);
  });

  it('WHEN parsing the example of the other common shape THEN it reads as README.md says, summary line too', () => {
    const example = examples.find((text) => text.startsWith('# Days 151-152')) ?? '';
    const result = parsePlan(example);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.problems));
    const [day151, day152] = result.plan.days;
    expect(day151?.activities).toEqual([
      { kind: 'task', minutes: 30, text: 'Make a sink idempotent with upserts' },
    ]);
    expect(day152?.activities.map((activity) => [activity.kind, activity.minutes])).toEqual([
      ['task', 45],
      ['project', null],
    ]);
    expect(day152?.checkpoint).toBeNull();
    const said = /`curriculum check` on it prints\n`ok: \.\.\.: (.*)`\./.exec(readme)?.[1];
    expect(formatSummary(planSummary(result.plan))).toBe(said);
  });

  it('WHEN reading the export example THEN its day is what `curriculum export` gives for that fixture day', () => {
    const json = /```json\n(\{\n {2}"title"[\s\S]*?)\n```/.exec(readme)?.[1] ?? '{}';
    const example = JSON.parse(json) as { days: unknown[]; sections: unknown[] };
    const plan = fixturePlan('days-91-100-lakehouse.md');
    expect(example.days).toEqual([plan.days.find((d) => d.day === 95)]);
    expect(example.sections).toEqual([plan.sections[0]]);
  });

  it('WHEN parsing the nested-list and resources examples inside a day THEN they read as README.md says', () => {
    const day = (lines: string) =>
      parsePlan(
        `# P\n## Module 1: M\n### Day 1 - D\n${lines.includes('Task') ? '' : '- **Task:** T\n'}${lines}`,
      );
    const nested = day(examples.find((text) => text.startsWith('- **Task (30 min):**')) ?? '');
    const resources = day(examples.find((text) => text.startsWith('- **Resources:** [Flink')) ?? '');
    if (nested.kind !== 'ok' || resources.kind !== 'ok') throw new Error('an example does not parse');
    expect(nested.plan.days[0]).toMatchObject({
      activities: [{ text: '- Declare the raw tables as sources\n- Write one staging model per source' }],
      resources: [{ kind: 'link', title: 'dbt Quickstart' }, { kind: 'text' }],
      post: { notes: '- Hook: the day I could not find a model' },
    });
    expect(resources.plan.days[0]?.resources.map((resource) => resource.kind)).toEqual([
      'link',
      'link',
      'link',
      'text',
      'link',
      'text',
    ]);
  });
});

describe('GIVEN the journey section of curriculum/README.md', () => {
  it('WHEN its check output is compared with the fixture journey it describes THEN it is what check prints', async () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const said = /`npm run cli -- curriculum check my-journey\/`[^\n]*\n\n\s*```\n([\s\S]*?)\n\s*```/.exec(
      readme,
    )?.[1];
    const printed = journeyLines(await threeCycleJourney()).map((line) =>
      line.replaceAll(`${JOURNEY_DIR}/`, 'my-journey/'),
    );
    expect(said?.split('\n').map((line) => line.trim())).toEqual(printed);
  });
});
