import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';
import type { Day, Plan } from '../../../src/core/curriculum/plan.js';
import { planSummary } from '../../../src/core/curriculum/plan-summary.js';

const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'plans', 'days-61-72-flink.md');

function parsed(): Plan {
  const result = parsePlan(readFileSync(fixture, 'utf8'));
  if (result.kind !== 'ok') throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const plan = parsed();
const day = (n: number): Day | undefined => plan.days.find((d) => d.day === n);

describe('GIVEN a second plan in the same style (Flink, days 61-72, mixed markup)', () => {
  it('WHEN parsed THEN title and goals lose their emoji and bold markup', () => {
    expect(plan.title).toBe('Days 61-72: Advanced Streaming - Apache Flink (Part 1)');
    expect(plan.goals).toEqual([
      'Learn the Flink runtime and the DataStream API',
      'Manage state and time in streaming jobs',
      'Ship a Flink job to production',
    ]);
  });

  it('WHEN parsed THEN en dashes, missing bold and an unnumbered review read as sections', () => {
    expect(plan.sections).toEqual([
      { kind: 'module', number: 9, title: 'Flink Fundamentals', days: [61, 62, 63, 64, 65] },
      { kind: 'module', number: 10, title: 'Stateful Stream Processing', days: [66, 67, 68, 69, 70] },
      { kind: 'days', number: null, title: 'Review and Next Steps', days: [71, 72] },
    ]);
  });

  it('WHEN a Resources bullet holds three links THEN all three are kept, parentheses in a URL too', () => {
    expect(day(61)).toEqual({
      day: 61,
      title: 'Flink Architecture',
      objective: 'Understand JobManager, TaskManagers and slots',
      activities: [
        {
          kind: 'task',
          minutes: 45,
          text: 'Run a local Flink cluster and submit the WordCount example',
        },
      ],
      resources: [
        { kind: 'link', title: 'Flink Docs', url: 'https://nightlies.apache.org/flink/flink-docs-stable/' },
        { kind: 'link', title: 'Flink Training', url: 'https://github.com/apache/flink-training' },
        {
          kind: 'link',
          title: 'Flink (software)',
          url: 'https://en.wikipedia.org/wiki/Apache_Flink_(software)',
        },
      ],
      pythonSkill: 'Virtual environments, PyFlink installation',
      checkpoint: 'Can explain how a job graph becomes an execution graph',
      post: {
        kind: 'linkedin',
        title: 'From Spark to Flink: what changes when streaming comes first',
        notes: null,
      },
      details: {},
    });
  });

  it('WHEN a day is written without bold or emoji THEN it reads the same fields', () => {
    expect(day(62)).toEqual({
      day: 62,
      title: 'DataStream API',
      objective: 'Build pipelines with the DataStream API',
      activities: [{ kind: 'task', minutes: 30, text: 'Map, filter and keyBy over a socket source' }],
      resources: [],
      pythonSkill: null,
      checkpoint: 'Word count over a live socket stream',
      post: null,
      details: { Operations: 'map, flatMap, filter, keyBy, reduce' },
    });
  });

  it('WHEN a day has two Resource bullets, a Tools bullet and an unquoted blog post THEN all are read', () => {
    expect(day(63)).toMatchObject({
      title: 'Sources and Sinks',
      activities: [{ kind: 'task', minutes: 60, text: 'Read from Kafka, write to Parquet files' }],
      resources: [
        {
          kind: 'link',
          title: 'Kafka Connector',
          url: expect.stringContaining('/connectors/datastream/kafka/'),
        },
        {
          kind: 'link',
          title: 'FileSystem Connector',
          url: expect.stringContaining('/connectors/datastream/filesystem/'),
        },
      ],
      pythonSkill: null,
      details: { Tools: 'Docker Compose, kcat' },
      post: { kind: 'blog', title: 'Wiring Kafka to a Data Lake with Flink', notes: null },
    });
  });

  it.each<[number, Partial<Day>]>([
    [64, { post: { kind: 'linkedin', title: 'Watermarks explained with a coffee queue', notes: null } }],
    [
      65,
      {
        activities: [
          {
            kind: 'project',
            minutes: 60,
            text: 'Clickstream sessionisation with event-time windows',
          },
        ],
        pythonSkill: null,
        post: null,
        resources: [],
        details: { Deliverable: 'A job that emits one record per user session' },
      },
    ],
    [
      67,
      {
        activities: [{ kind: 'task', minutes: 90, text: expect.stringContaining('savepoint') }],
        pythonSkill: null,
      },
    ],
    [
      70,
      {
        activities: [
          {
            kind: 'project',
            minutes: 60,
            text: 'Real-time fraud scoring with keyed state and savepoints',
          },
        ],
        details: {
          Deliverable: 'Job, savepoint runbook and dashboard',
          Tools: 'Flink Web UI, Prometheus, Grafana',
        },
      },
    ],
    [71, { pythonSkill: null, post: null, resources: [], details: {} }],
  ])('WHEN reading Day %i THEN it has the expected fields', (n, expected) => {
    expect(day(n)).toMatchObject(expected);
  });

  it('WHEN summarised THEN it counts 12 days, 3 sections, 3 LinkedIn + 2 blog posts, 2 projects', () => {
    expect(planSummary(plan)).toEqual({
      days: 12,
      sections: 3,
      linkedinPosts: 3,
      blogPosts: 2,
      projects: 2,
      firstDay: 61,
      lastDay: 72,
      withoutCheckpoint: [],
    });
  });

  it('WHEN reading the assessment THEN ticked and bold items are plain text under their headings', () => {
    expect(plan.assessment).toEqual({
      'Technical Skills Acquired': [
        'Flink runtime architecture',
        'Event time and watermarks',
        'Keyed state and checkpoints',
      ],
      'Projects Completed': ['Clickstream sessionisation', 'Real-time fraud scoring'],
    });
    expect(plan.successCriteria).toBe('Can build, operate and explain a stateful Flink job');
  });
});
