import { describe, expect, it } from 'vitest';
import { renderDay, renderPlan } from '../../../src/core/prompts/render-plan.js';
import { airflowDay, plan, sparkDay } from '../../adapters/anthropic/fixture-plan.js';
import { fixturePlan } from '../../support/plan-fixtures.js';

describe('GIVEN a plan', () => {
  it('WHEN the plan is rendered for the shared prefix THEN it holds title, goals and every day in full, by section', () => {
    const text = renderPlan(plan);
    expect(
      text.startsWith('Plan: Days 31-60: Batch Processing Foundations - Apache Spark + Airflow\nGoals:\n'),
    ).toBe(true);
    expect(text).toContain('- Learn Apache Airflow for workflow orchestration');
    const module5 = text.indexOf('## Module 5: Spark Fundamentals + PySpark');
    const module6 = text.indexOf('## Module 6: Apache Airflow + Workflow Orchestration');
    expect(module5).toBeGreaterThan(-1);
    expect(text.indexOf(renderDay(sparkDay))).toBeGreaterThan(module5);
    expect(text.indexOf(renderDay(airflowDay))).toBeGreaterThan(module6);
    expect(module6).toBeGreaterThan(text.indexOf(renderDay(sparkDay)));
  });

  it('WHEN a day is rendered THEN it holds everything the plan says about it, in order', () => {
    expect(renderDay(airflowDay)).toBe(
      [
        'Day 38 · Airflow Architecture',
        'Learning objective: Understand workflow orchestration concepts',
        'Task (30 min): Study Airflow components: Scheduler, Executor, Web Server',
        'Resource: Airflow Concepts (https://airflow.apache.org/docs/apache-airflow/stable/concepts/index.html)',
        'Operations: trigger, pause, backfill',
        'Python skill: Decorators, advanced functions',
        'Checkpoint: Airflow installation and first DAG creation',
      ].join('\n'),
    );
  });

  it('WHEN a project day with a blog post is rendered THEN it says Project and names the post', () => {
    const day = {
      ...sparkDay,
      activities: sparkDay.activities.map((activity) => ({ ...activity, kind: 'project' as const })),
      post: { kind: 'blog' as const, title: 'T', notes: null },
    };
    expect(renderDay(day)).toContain('Project (30 min): ');
    expect(renderDay(day)).toContain('Post to write: blog post "T"');
  });
});

describe('GIVEN a plan written by hand (days-91-100-lakehouse.md)', () => {
  const lakehouse = fixturePlan('days-91-100-lakehouse.md');
  const day = (n: number) => lakehouse.days.find((d) => d.day === n)!;

  it('WHEN a day has no objective and no checkpoint THEN it says to judge proof against the task', () => {
    expect(renderDay(day(98))).toBe(
      [
        'Day 98 · Catalogs',
        'Task (30 min): Register both tables in one catalog',
        'Resource: Unity Catalog (https://www.unitycatalog.io/)',
        'Resource: The catalog page of your cloud provider',
        'Checkpoint: none for this day; judge proof against the task',
      ].join('\n'),
    );
  });

  it('WHEN a day has a Task, a Project and a listed Deliverable THEN all are there, the list under its label', () => {
    expect(renderDay(day(95))).toBe(
      [
        'Day 95 · Week 13 Project',
        'Learning objective: Compare the two formats on one dataset',
        'Task (15 min): Load the same month of orders into both formats',
        'Project (60 min): Benchmark of writes, reads and compaction',
        'Deliverable:\n- a table of timings\n- a short recommendation',
        'Checkpoint: Recommendation backed by the timings',
        'Post to write: blog post "Delta Lake or Iceberg? One Dataset, Two Formats"',
      ].join('\n'),
    );
  });

  it('WHEN a post has notes THEN they follow the post', () => {
    const withNotes = { ...day(99), post: { kind: 'linkedin' as const, title: 'T', notes: '- Hook: one' } };
    expect(renderDay(withNotes)).toContain('Post to write: LinkedIn post "T"\nPost notes:\n- Hook: one');
  });

  it('WHEN the plan is grouped by weeks THEN the sections are named by week', () => {
    const text = renderPlan(lakehouse);
    expect(text).toContain('## Week 13: Table Formats');
    expect(text).toContain('## Week 14: Operating a Lakehouse');
  });
});
