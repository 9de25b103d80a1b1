import { describe, expect, it } from 'vitest';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import { renderDayText } from '../../../src/presenters/text/day-text.js';
import { fixturePlan } from '../../support/plan-fixtures.js';
import { realPlan } from '../../support/real-plan.js';

describe('GIVEN a day of a plan written by hand', () => {
  const lakehouse = fixturePlan('days-91-100-lakehouse.md');
  const text = (n: number) => renderDayText(placeOfDay(lakehouse, n)!, lakehouse.days.length);

  it('WHEN it has a Task and a Project and a listed Deliverable THEN each is its own line, the list under its label', () => {
    expect(text(95)).toBe(
      [
        'Day 95 · Week 13 Project',
        'Week 13 · Table Formats · day 5 of 10',
        'Project day · Blog post day',
        '',
        'Objective: Compare the two formats on one dataset',
        'Task (15 min): Load the same month of orders into both formats',
        'Project (60 min): Benchmark of writes, reads and compaction',
        'Deliverable:\n- a table of timings\n- a short recommendation',
        'Prove it: Recommendation backed by the timings',
        'Blog post to write: "Delta Lake or Iceberg? One Dataset, Two Formats"',
      ].join('\n'),
    );
  });

  it('WHEN it has no objective and no checkpoint THEN it says there is no checkpoint to prove', () => {
    expect(text(98)).toBe(
      [
        'Day 98 · Catalogs',
        'Week 14 · Operating a Lakehouse · day 8 of 10',
        '',
        'Task (30 min): Register both tables in one catalog',
        'Resources: Unity Catalog <https://www.unitycatalog.io/>, The catalog page of your cloud provider',
        'No checkpoint to prove today: /done with what you did for the task.',
      ].join('\n'),
    );
  });
});

describe('GIVEN a day of the real plan', () => {
  it('WHEN rendered as text THEN it reads as before', () => {
    const plan = realPlan();
    expect(renderDayText(placeOfDay(plan, 31)!, plan.days.length)).toBe(
      [
        'Day 31 · Spark Architecture',
        'Module 5 · Spark Fundamentals + PySpark · day 1 of 30',
        'LinkedIn post day',
        '',
        "Objective: Understand Spark's distributed computing model",
        'Task (30 min): Study Spark architecture: Driver, Executors, Cluster Manager',
        'Resources: Spark Programming Guide <https://spark.apache.org/docs/latest/rdd-programming-guide.html>',
        'Python skill: Advanced data structures, pandas introduction',
        "Prove it: Can explain Spark's lazy evaluation and DAG execution",
        'LinkedIn post to write: "Moving from streaming to batch: First impressions of Apache Spark"',
      ].join('\n'),
    );
  });
});
