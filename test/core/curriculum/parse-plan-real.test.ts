import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';
import type { Day, Plan } from '../../../src/core/curriculum/plan.js';
import { planSummary } from '../../../src/core/curriculum/plan-summary.js';
import { day31, day32, day37 } from '../../support/module-5-days.js';

const root = join(import.meta.dirname, '..', '..', '..');
const text = readFileSync(join(root, 'curriculum', 'days-31-60-spark-airflow.md'), 'utf8');

function parsed(source: string): Plan {
  const result = parsePlan(source);
  if (result.kind !== 'ok') throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const plan = parsed(text);
const day = (n: number): Day | undefined => plan.days.find((d) => d.day === n);

describe('GIVEN the real plan curriculum/days-31-60-spark-airflow.md', () => {
  it('WHEN parsed THEN it reads the title and the five cycle goals', () => {
    expect(plan.title).toBe('Days 31-60: Batch Processing Foundations - Apache Spark + Airflow');
    expect(plan.goals).toEqual([
      'Master Apache Spark for large-scale data processing',
      'Learn Apache Airflow for workflow orchestration',
      'Understand batch vs streaming trade-offs',
      'Build scalable ETL pipelines with Python',
      'Create comparative content between batch and streaming approaches',
    ]);
  });

  it('WHEN parsed THEN it holds days 31 to 60 in order', () => {
    expect(plan.days.map((d) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => 31 + i));
  });

  it('WHEN parsed THEN the five sections have their numbers, titles and days', () => {
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(plan.sections).toEqual([
      { kind: 'module', number: 5, title: 'Spark Fundamentals + PySpark', days: range(31, 37) },
      { kind: 'module', number: 6, title: 'Apache Airflow + Workflow Orchestration', days: range(38, 44) },
      { kind: 'module', number: 7, title: 'Advanced Spark + Data Engineering Patterns', days: range(45, 51) },
      {
        kind: 'module',
        number: 8,
        title: 'Batch vs Streaming Comparison + Advanced Topics',
        days: range(52, 58),
      },
      { kind: 'days', number: null, title: 'Review and Advanced Preparation', days: [59, 60] },
    ]);
  });

  it.each<[number, Day]>([
    [31, day31],
    [32, day32],
    [37, day37],
    [
      38,
      {
        day: 38,
        title: 'Airflow Architecture',
        objective: 'Understand workflow orchestration concepts',
        activities: [
          {
            kind: 'task',
            minutes: 30,
            text: 'Study Airflow components: Scheduler, Executor, Web Server',
          },
        ],
        resources: [
          {
            kind: 'link',
            title: 'Airflow Concepts',
            url: 'https://airflow.apache.org/docs/apache-airflow/stable/concepts/index.html',
          },
        ],
        pythonSkill: 'Decorators, advanced functions',
        checkpoint: 'Airflow installation and first DAG creation',
        post: null,
        details: {},
      },
    ],
    [
      45,
      {
        day: 45,
        title: 'Spark Streaming (Structured Streaming)',
        objective: 'Connect batch and streaming paradigms',
        activities: [
          {
            kind: 'task',
            minutes: 30,
            text: 'Build micro-batch streaming with Structured Streaming',
          },
        ],
        resources: [],
        pythonSkill: 'Stream processing patterns',
        checkpoint: 'Real-time ETL with Spark Streaming',
        post: {
          kind: 'linkedin',
          title: 'Spark Streaming vs Kafka Streams vs Flink: Choosing your stream processor',
          notes: null,
        },
        details: { Integration: 'Kafka source, multiple output sinks' },
      },
    ],
    [
      58,
      {
        day: 58,
        title: 'Module 8 Integration',
        objective: 'Design optimal architecture for given requirements',
        activities: [
          {
            kind: 'project',
            minutes: 30,
            text: 'Architecture decision framework and implementation',
          },
        ],
        resources: [],
        pythonSkill: 'Framework design, decision automation',
        checkpoint: 'Comprehensive architecture framework',
        post: {
          kind: 'blog',
          title: 'The Complete Guide to Choosing Between Batch and Streaming Architectures',
          notes: null,
        },
        details: { Deliverable: 'Decision matrix for batch vs streaming vs hybrid' },
      },
    ],
    [
      59,
      {
        day: 59,
        title: 'Knowledge Integration',
        objective: 'Synthesize batch processing knowledge',
        activities: [{ kind: 'task', minutes: 30, text: 'Review all concepts, build knowledge map' }],
        resources: [],
        pythonSkill: 'Documentation, knowledge management',
        checkpoint: 'Confident in batch processing fundamentals',
        post: {
          kind: 'linkedin',
          title: "60 days into my data engineering journey: Kafka ✓ Spark ✓ What's next?",
          notes: null,
        },
        details: { Assessment: 'Can you design a data platform from scratch?' },
      },
    ],
    [
      60,
      {
        day: 60,
        title: 'Advanced Streaming Preparation',
        objective: 'Prepare for Flink and advanced stream processing',
        activities: [
          { kind: 'task', minutes: 30, text: 'Compare Flink vs Spark Streaming, set up environment' },
        ],
        resources: [],
        pythonSkill: 'Environment management, multi-tool setup',
        checkpoint: 'Ready for Days 61-90 (Advanced Streaming)',
        post: {
          kind: 'blog',
          title: 'Batch Processing Mastery: Key Lessons from 30 Days with Spark and Airflow',
          notes: null,
        },
        details: { Preparation: 'Flink installation, development environment' },
      },
    ],
  ])('WHEN reading Day %i THEN every field is as written', (n, expected) => {
    expect(day(n)).toEqual(expected);
  });

  it('WHEN counting THEN it has 12 LinkedIn posts, 5 blog posts and 4 project days (37, 44, 51, 58)', () => {
    const posts = (kind: string) => plan.days.filter((d) => d.post?.kind === kind).map((d) => d.day);
    expect(posts('linkedin')).toEqual([31, 33, 35, 39, 41, 45, 47, 49, 52, 54, 56, 59]);
    expect(posts('blog')).toEqual([37, 44, 51, 58, 60]);
    const projects = plan.days.filter((d) => d.activities.some((a) => a.kind === 'project'));
    expect(projects.map((d) => d.day)).toEqual([37, 44, 51, 58]);
    expect(planSummary(plan)).toEqual({
      days: 30,
      sections: 5,
      linkedinPosts: 12,
      blogPosts: 5,
      projects: 4,
      firstDay: 31,
      lastDay: 60,
      withoutCheckpoint: [],
    });
  });

  it('WHEN reading every day THEN each has an objective, one 30-minute activity and a checkpoint', () => {
    for (const d of plan.days) {
      expect(d.objective, `Day ${d.day}`).toEqual(expect.any(String));
      expect(
        d.activities.map((a) => a.minutes),
        `Day ${d.day}`,
      ).toEqual([30]);
      expect(d.pythonSkill, `Day ${d.day}`).not.toBeNull();
      expect(d.checkpoint, `Day ${d.day}`).toEqual(expect.any(String));
    }
    expect(plan.days.filter((d) => d.resources.length > 0).map((d) => d.day)).toEqual([31, 38]);
  });

  it('WHEN reading the labelled extras THEN they keep their labels in the plan order', () => {
    const labels = plan.days.map((d) => [d.day, Object.keys(d.details)]);
    expect(labels).toContainEqual([36, ['Techniques']]);
    expect(labels).toContainEqual([41, ['Setup']]);
    expect(labels).toContainEqual([43, ['Tools']]);
    expect(labels).toContainEqual([52, ['Analysis']]);
    expect(labels).toContainEqual([53, ['Components']]);
    expect(day(39)?.details).toEqual({ Patterns: 'ETL, ELT, data quality checks' });
  });

  it('WHEN reading the cycle assessment THEN it has the five checklists and the success criteria', () => {
    expect(Object.keys(plan.assessment)).toEqual([
      'Technical Skills Acquired',
      'Python Skills Developed',
      'Projects Completed',
      'Content Created',
      'Next Cycle Preparation',
    ]);
    expect(plan.assessment['Technical Skills Acquired']).toEqual([
      'Apache Spark architecture and optimization',
      'RDD, DataFrame, and Dataset APIs',
      'Apache Airflow workflow orchestration',
      'ETL/ELT pipeline design patterns',
      'Delta Lake and data versioning',
      'Performance tuning and cost optimization',
      'Batch vs streaming architecture decisions',
    ]);
    expect(plan.assessment['Python Skills Developed']).toHaveLength(6);
    expect(plan.assessment['Projects Completed']).toEqual([
      'Customer analytics pipeline with PySpark',
      'Production ETL system with Airflow + Spark',
      'Multi-TB data processing pipeline',
      'Architecture decision framework',
    ]);
    expect(plan.assessment['Content Created']).toHaveLength(3);
    expect(plan.assessment['Next Cycle Preparation']).toEqual([
      'Apache Flink environment set up',
      'Understanding of advanced stream processing needs',
      'Ready for complex event processing and state management',
    ]);
    expect(plan.successCriteria).toBe(
      'Ability to design and implement petabyte-scale batch processing systems, clear understanding of when to use batch vs streaming approaches',
    );
  });

  it('WHEN the file has Windows line breaks and a byte-order mark THEN the plan is the same', () => {
    expect(parsed(`\uFEFF${text.replace(/\n/g, '\r\n')}`)).toEqual(plan);
  });
});
