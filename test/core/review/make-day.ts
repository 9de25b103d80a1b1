import type { Day } from '../../../src/core/curriculum/plan.js';

/** A day shaped like the curriculum's Day 31, with any field replaced. */
export function makeDay(overrides: Partial<Day> = {}): Day {
  return {
    day: 31,
    title: 'Spark Architecture',
    objective: "Understand Spark's distributed computing model",
    activities: [
      {
        kind: 'task',
        minutes: 30,
        text: 'Study Spark architecture: Driver, Executors, Cluster Manager',
      },
    ],
    resources: [],
    pythonSkill: null,
    checkpoint: "Can explain Spark's lazy evaluation and DAG execution",
    post: {
      kind: 'linkedin',
      title: 'Moving from streaming to batch: First impressions of Apache Spark',
      notes: null,
    },
    details: {},
    ...overrides,
  };
}
