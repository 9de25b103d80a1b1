import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';
import type { Day } from '../../../src/core/curriculum/plan.js';
import { fixtureDays, parsedPlan } from '../../support/plan-fixtures.js';

const link = (title: string, url: string) => ({ kind: 'link' as const, title, url });
const task = (minutes: number | null, text: string) => ({ kind: 'task' as const, minutes, text });
const project = (minutes: number | null, text: string) => ({ kind: 'project' as const, minutes, text });

describe('GIVEN a day with both a Task and a Project (shape-task-and-project.md)', () => {
  const { day } = fixtureDays('shape-task-and-project.md');

  it.each<[number, Day['activities']]>([
    [91, [task(30, 'Write five expectations for the orders table')]],
    [
      92,
      [
        task(30, 'Run the suite as a step before loading'),
        project(null, 'Quarantine failing batches into a separate folder'),
      ],
    ],
    [
      93,
      [
        project(60, 'Data quality gate for the orders pipeline'),
        task(15, 'Write the runbook entry for a failed gate'),
      ],
    ],
  ])('WHEN reading Day %i THEN both are kept, in the plan order', (n, activities) => {
    expect(day(n)?.activities).toEqual(activities);
  });
});

describe('GIVEN labels whose values are nested lists (shape-nested-lists.md)', () => {
  const { day } = fixtureDays('shape-nested-lists.md');

  it('WHEN Resources holds a nested list of links THEN each link is a resource', () => {
    expect(day(121)?.resources).toEqual([
      link('dbt Quickstart', 'https://docs.getdbt.com/docs/get-started-dbt'),
      link('DuckDB adapter', 'https://docs.getdbt.com/docs/core/connect-data-platform/duckdb-setup'),
    ]);
  });

  it('WHEN a Task holds a two-level list and Resources mixes links and text THEN both are kept as written', () => {
    expect(day(122)).toMatchObject({
      activities: [
        task(
          30,
          [
            '- Declare the raw tables as sources',
            '- Write one staging model per source',
            '  - rename columns to snake_case',
            '  - cast timestamps',
          ].join('\n'),
        ),
      ],
      resources: [
        link('Sources', 'https://docs.getdbt.com/docs/build/sources'),
        link('Staging guide', 'https://docs.getdbt.com/best-practices/how-we-structure/2-staging'),
        { kind: 'text', text: "The team's naming conventions page" },
      ],
    });
  });

  it('WHEN the objective and an invented label carry lists THEN the text keeps them, numbered ones too', () => {
    expect(day(123)).toMatchObject({
      objective: '- Add generic tests to key columns\n- Publish the docs site locally',
      details: {
        Deliverable:
          'A documented model layer\n1. every model has a description\n2. every primary key is tested',
      },
    });
  });

  it('WHEN a paragraph label is followed by unindented links and a post has notes THEN all are read', () => {
    expect(day(124)).toEqual({
      day: 124,
      title: 'Module 17 Project',
      objective: 'Build a small, tested model layer',
      activities: [project(60, 'Orders mart with staging, intermediate and mart models')],
      resources: [
        link('Project structure', 'https://docs.getdbt.com/best-practices/how-we-structure/1-guide-overview'),
        link('Model contracts', 'https://docs.getdbt.com/docs/mesh/govern/model-contracts'),
      ],
      pythonSkill: null,
      checkpoint: 'The mart answers "revenue per customer per month"',
      post: {
        kind: 'linkedin',
        title: 'Three folders that made my dbt project readable',
        notes: '- Hook: the day I could not find a model\n- End with a question about naming',
      },
      details: {},
    });
  });
});

describe('GIVEN the same field written in other words (shape-label-variants.md)', () => {
  const { day } = fixtureDays('shape-label-variants.md');

  it.each<[number, Partial<Day>]>([
    [
      1,
      {
        activities: [task(null, 'Read the guide')],
        resources: [
          link('Guide', 'https://example.com/guide'),
          link('Reference', 'https://example.com/reference'),
        ],
      },
    ],
    [
      2,
      {
        objective: 'Read a colon outside the bold',
        activities: [task(null, 'Move the colon')],
        resources: [link('Markdown', 'https://example.com/markdown')],
        pythonSkill: 'String methods',
        checkpoint: 'Colon moved',
      },
    ],
    [3, { activities: [task(45, 'Time a task')], checkpoint: 'Task timed' }],
    [
      4,
      {
        activities: [task(60, 'Practise the shape')],
        checkpoint: 'Shape practised',
        post: { kind: 'blog', title: 'Four Ways to Write a Label', notes: null },
      },
    ],
  ])(
    'WHEN reading Day %i THEN singular, plural, timed, untimed and colon placements fill the same fields',
    (n, expected) => {
      expect(day(n)).toMatchObject({ ...expected, details: {} });
    },
  );
});

describe('GIVEN a label whose text wraps onto an indented line', () => {
  it('WHEN parsed THEN the wrapped words join the text or the list item they continue', () => {
    const plan = parsedPlan(
      [
        '# Plan',
        '## Module 1: Wrapping',
        '### Day 1 - Long Lines',
        '- **Task (30 min):** Read the first chapter',
        '  and take notes',
        '- **Resources:**',
        '  - [Guide](https://example.com/guide) for the',
        '    second half',
      ].join('\n'),
    );
    expect(plan.days[0]).toMatchObject({
      activities: [task(30, 'Read the first chapter and take notes')],
      resources: [link('Guide', 'https://example.com/guide'), { kind: 'text', text: 'for the second half' }],
    });
  });

  it('WHEN the prose is not indented THEN it is still refused', () => {
    const result = parsePlan(
      ['# Plan', '## Module 1: M', '### Day 1 - D', '- **Task:** T', 'loose prose'].join('\n'),
    );
    expect(result.kind === 'invalid' && result.problems).toEqual([
      { line: 5, message: 'Day 1: line not understood; write "- **Label:** text"' },
    ]);
  });
});
