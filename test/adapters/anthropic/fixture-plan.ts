import type { Day, Plan } from '../../../src/core/curriculum/plan.js';
import { day31 } from '../../support/module-5-days.js';

/** Day 31 exactly as the real plan has it (checked against the parser in the render tests). */
export const sparkDay: Day = day31;

/** Day 38, given an extra detail so prompts show labelled bullets. */
export const airflowDay: Day = {
  day: 38,
  title: 'Airflow Architecture',
  objective: 'Understand workflow orchestration concepts',
  activities: [
    { kind: 'task', minutes: 30, text: 'Study Airflow components: Scheduler, Executor, Web Server' },
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
  details: { Operations: 'trigger, pause, backfill' },
};

export const plan: Plan = {
  title: 'Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
  goals: [
    'Master Apache Spark for large-scale data processing',
    'Learn Apache Airflow for workflow orchestration',
  ],
  sections: [
    { kind: 'module', number: 5, title: 'Spark Fundamentals + PySpark', days: [31] },
    { kind: 'module', number: 6, title: 'Apache Airflow + Workflow Orchestration', days: [38] },
  ],
  days: [sparkDay, airflowDay],
  assessment: {},
  successCriteria: 'Build and run a batch pipeline end to end.',
};
