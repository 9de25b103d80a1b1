import type { Day, Section } from '../../src/core/curriculum/plan.js';

/** Module 5 of curriculum/days-31-60-spark-airflow.md, written out by hand: what the parser must read from the real plan. */
export const module5: Section = {
  kind: 'module',
  number: 5,
  title: 'Spark Fundamentals + PySpark',
  days: [31, 32, 33, 34, 35, 36, 37],
};

export const day31: Day = {
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
  resources: [
    {
      kind: 'link',
      title: 'Spark Programming Guide',
      url: 'https://spark.apache.org/docs/latest/rdd-programming-guide.html',
    },
  ],
  pythonSkill: 'Advanced data structures, pandas introduction',
  checkpoint: "Can explain Spark's lazy evaluation and DAG execution",
  post: {
    kind: 'linkedin',
    title: 'Moving from streaming to batch: First impressions of Apache Spark',
    notes: null,
  },
  details: {},
};

export const day32: Day = {
  day: 32,
  title: 'RDD Fundamentals',
  objective: 'Master Resilient Distributed Datasets (RDDs)',
  activities: [{ kind: 'task', minutes: 30, text: 'Create RDDs, practice transformations and actions' }],
  resources: [],
  pythonSkill: 'Lambda functions, functional programming',
  checkpoint: 'Built word count application using RDDs',
  post: null,
  details: { Operations: 'map, filter, reduce, collect, count' },
};

export const day37: Day = {
  day: 37,
  title: 'Module 5 Project',
  objective: 'Build end-to-end Spark application',
  activities: [{ kind: 'project', minutes: 30, text: 'Customer analytics pipeline with PySpark' }],
  resources: [],
  pythonSkill: 'Code organization, testing',
  checkpoint: 'Complete analytics application',
  post: { kind: 'blog', title: 'Building Your First Production Spark Application', notes: null },
  details: { Features: 'Data cleaning, aggregations, insights generation' },
};
