import type { Completion, Learner, LocalDate, Pause } from '../../../src/core/learner/learner.js';
import { newLearner } from '../../../src/core/learner/new-learner.js';

/** A learner starting on `startDate` (default 2026-03-02) in `timezone` (default America/New_York). */
export function learner(overrides: Partial<Learner> = {}): Learner {
  return {
    ...newLearner({ id: 'u1', displayName: 'Ada', timezone: 'America/New_York', startDate: '2026-03-02' }),
    ...overrides,
  };
}

/** Completions of consecutive plan days from `firstDay`, one per given local date (noon UTC as `at`). */
export function doneOn(localDates: readonly LocalDate[], firstDay = 31): Completion[] {
  return localDates.map((localDate, i) => ({
    day: firstDay + i,
    proof: { text: 'did it', links: [] },
    at: `${localDate}T12:00:00.000Z`,
    localDate,
    assessment: null,
  }));
}

/** Consecutive local dates: `dates('2026-03-02', 3)` is 03-02, 03-03, 03-04. */
export function dates(from: LocalDate, count: number): LocalDate[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** A closed pause `[from, to)`, or an open one when `to` is omitted. */
export function paused(from: LocalDate, to: LocalDate | null = null): Pause {
  return { from, to };
}
