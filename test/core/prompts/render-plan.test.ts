import { describe, expect, it } from 'vitest';
import { renderDay, renderPlan } from '../../../src/core/prompts/render-plan.js';
import { airflowDay, plan, sparkDay } from '../../adapters/anthropic/fixture-plan.js';

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
