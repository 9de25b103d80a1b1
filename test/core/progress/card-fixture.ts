import type { DateState } from '../../../src/core/learner/date-states.js';
import type { CardDate, DayState, ProgressCard } from '../../../src/core/progress/card-model.js';
import { sectionColor } from '../../../src/core/progress/section-palette.js';

const SECTIONS = [
  ['Module 5', 'Spark Fundamentals + PySpark', 31, 37],
  ['Module 6', 'Apache Airflow + Workflow Orchestration', 38, 44],
  ['Module 7', 'Advanced Spark + Data Engineering Patterns', 45, 51],
  ['Module 8', 'Production Data Pipelines', 52, 58],
  ['Review', 'Review and Assessment', 59, 60],
] as const;

/** The current plan's 30 days: 31-41 done, 42 today, the rest upcoming. */
export const SAMPLE_STATES: Readonly<Record<number, DayState>> = {
  42: 'today',
};

const DATE_MARKS: Readonly<Record<string, DateState>> = {
  '✓': 'done',
  '✗': 'missed',
  '❄': 'frozen',
  '‖': 'paused',
  '▶': 'today',
  '○': 'upcoming',
  '·': 'none',
};

/**
 * The sample learner's last four weeks, Monday 2026-05-25 to Sunday 2026-06-21, today
 * Wednesday 06-17: began 05-30, two dates missed, one frozen, three paused, 11 dates done.
 */
export const SAMPLE_WEEKS = ['·····✓✓', '✓✗✓❄✓‖‖', '‖✓✓✓✓✗✓', '✓✓▶○○○○'];

/** Weeks of dates from one marker per date, starting on Monday `from`. */
export function weeksOf(rows: readonly string[], from = '2026-05-25'): CardDate[][] {
  let done = 0;
  return rows.map((row, w) =>
    [...row].map((mark, d) => {
      const state = DATE_MARKS[mark] ?? 'none';
      const date = new Date(Date.parse(`${from}T00:00:00Z`) + (w * 7 + d) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const color = state === 'done' ? sectionColor(done++ < 7 ? 0 : 1) : null;
      return { date, state, color };
    }),
  );
}

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
    recentWeeks: weeksOf(SAMPLE_WEEKS),
    currentDay: 42,
    ...overrides,
  };
}
