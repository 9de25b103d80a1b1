import type { Learner, LocalDate, Pause } from './learner.js';
import { daysBetween } from '../time/local-date.js';

/**
 * A pause covers the local dates `from` (the day the learner paused) up to but not
 * including `to` (the day they resumed); an open pause covers every date from `from` on.
 * So pausing and resuming on the same day pauses nothing.
 */
export function isPausedOn(pauses: readonly Pause[], date: LocalDate): boolean {
  return pauses.some((p) => p.from <= date && (p.to === null || date < p.to));
}

/** The learner's open pause, if they are paused now. */
export function openPause(learner: Learner): Pause | undefined {
  return learner.pauses.find((p) => p.to === null);
}

/**
 * How many dates in `[from, to)` fall inside a pause. Pauses never overlap (pause() refuses
 * while one is open), so their overlaps can simply be added.
 */
export function pausedDaysIn(pauses: readonly Pause[], from: LocalDate, to: LocalDate): number {
  let total = 0;
  for (const pause of pauses) {
    const start = pause.from > from ? pause.from : from;
    const end = pause.to === null || pause.to > to ? to : pause.to;
    if (start < end) total += daysBetween(start, end);
  }
  return total;
}
