import { describe, expect, it } from 'vitest';
import { renderDay, renderPlanOutline } from '../../../src/core/prompts/render-plan.js';
import { airflowDay, plan, sparkDay } from '../../adapters/anthropic/fixture-plan.js';

describe('GIVEN a plan', () => {
  it('WHEN its outline is rendered THEN it lists title, goals and each section’s days', () => {
    expect(renderPlanOutline(plan)).toBe(
      [
        'Plan: Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
        'Goals:',
        '- Master Apache Spark for large-scale data processing',
        '- Learn Apache Airflow for workflow orchestration',
        '',
        'Module 5: Spark Fundamentals + PySpark',
        "- Day 31 · Spark Architecture: Understand Spark's distributed computing model",
        '',
        'Module 6: Apache Airflow + Workflow Orchestration',
        '- Day 38 · Airflow Architecture: Understand workflow orchestration concepts',
      ].join('\n'),
    );
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
      activity: { ...sparkDay.activity, kind: 'project' as const },
      post: { kind: 'blog' as const, title: 'T' },
    };
    expect(renderDay(day)).toContain('Project (30 min): ');
    expect(renderDay(day)).toContain('Post to write: blog post "T"');
  });
});
