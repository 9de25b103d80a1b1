import type { DayState, ProgressCard } from '../../../src/core/progress/card-model.js';
import { sectionColor } from '../../../src/core/progress/section-palette.js';

const SECTIONS = [
  ['Module 5', 'Spark Fundamentals + PySpark', 31, 37],
  ['Module 6', 'Apache Airflow + Workflow Orchestration', 38, 44],
  ['Module 7', 'Advanced Spark + Data Engineering Patterns', 45, 51],
  ['Module 8', 'Production Data Pipelines', 52, 58],
  ['Review', 'Review and Assessment', 59, 60],
] as const;

/** The current plan's 30 days: 31-37 and 38 done, 39 missed, 40 frozen, 41 paused, 42 today. */
export const SAMPLE_STATES: Readonly<Record<number, DayState>> = {
  39: 'missed',
  40: 'frozen',
  41: 'paused',
  42: 'today',
};

/** A learner on Day 42 of the days 31-60 plan; override any field. */
export function sampleCard(overrides: Partial<ProgressCard> = {}): ProgressCard {
  return {
    learnerName: 'Ada Lovelace',
    planTitle: 'Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
    sections: SECTIONS.map(([label, title, first, last], index) => ({
      label,
      title,
      color: sectionColor(index),
      days: Array.from({ length: last - first + 1 }, (_, k) => {
        const day = first + k;
        return { day, state: SAMPLE_STATES[day] ?? (day < 42 ? 'done' : 'upcoming') };
      }),
    })),
    streak: { current: 4, longest: 9 },
    freezesBanked: 2,
    checkpointsDone: 8,
    totalDays: 30,
    posts: { linkedin: { written: 3, planned: 12 }, blog: { written: 1, planned: 5 } },
    daysBehind: 2,
    status: 'on-calendar',
    currentDay: 42,
    ...overrides,
  };
}
