import type { Day, Plan } from '../../../src/core/curriculum/plan.js';

/** Two days of a small plan, shaped like the real curriculum. */
export const sparkDay: Day = {
  day: 31,
  title: 'Spark Architecture',
  objective: "Understand Spark's distributed computing model",
  activity: {
    kind: 'task',
    minutes: 30,
    text: 'Study Spark architecture: Driver, Executors, Cluster Manager',
  },
  resources: [
    {
      title: 'Spark Programming Guide',
      url: 'https://spark.apache.org/docs/latest/rdd-programming-guide.html',
    },
  ],
  pythonSkill: 'Advanced data structures, pandas introduction',
  checkpoint: "Can explain Spark's lazy evaluation and DAG execution",
  post: { kind: 'linkedin', title: 'Moving from streaming to batch: First impressions of Apache Spark' },
  details: {},
};

export const airflowDay: Day = {
  day: 38,
  title: 'Airflow Architecture',
  objective: 'Understand workflow orchestration concepts',
  activity: { kind: 'task', minutes: 30, text: 'Study Airflow components: Scheduler, Executor, Web Server' },
  resources: [
    {
      title: 'Airflow Concepts',
      url: 'https://airflow.apache.org/docs/apache-airflow/stable/concepts/index.html',
    },
  ],
  pythonSkill: 'Decorators, advanced functions',
  checkpoint: 'Airflow installation and first DAG creation',
  post: null,
  details: { Operations: 'trigger, pause, backfill' },
};

export const plan: Plan = {
  title: 'Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
  goals: [
    'Master Apache Spark for large-scale data processing',
    'Learn Apache Airflow for workflow orchestration',
  ],
  sections: [
    { number: 5, title: 'Spark Fundamentals + PySpark', days: [31] },
    { number: 6, title: 'Apache Airflow + Workflow Orchestration', days: [38] },
  ],
  days: [sparkDay, airflowDay],
  assessment: {},
  successCriteria: 'Build and run a batch pipeline end to end.',
};
