import { daysBetween, localDateOf } from '../time/local-date.js';
import type { Learner, LocalDate } from './learner.js';
import { openPause } from './pauses.js';

/** Outcome of {@link pause}; `since` is the first paused local date. */
export type PauseResult =
  | { readonly kind: 'paused'; readonly learner: Learner; readonly since: LocalDate }
  | { readonly kind: 'already-paused'; readonly since: LocalDate };

/**
 * Pauses the learner from today (their local date): today and every day until they resume
 * neither count as behind nor break the streak, and their calendar stands still.
 */
export function pause(learner: Learner, now: Date): PauseResult {
  const open = openPause(learner);
  if (open) return { kind: 'already-paused', since: open.from };
  const since = localDateOf(now, learner.timezone);
  return {
    kind: 'paused',
    learner: { ...learner, pauses: [...learner.pauses, { from: since, to: null }] },
    since,
  };
}

/** Outcome of {@link resume}; `pausedDays` is how many local dates the pause covered. */
export type ResumeResult =
  | { readonly kind: 'resumed'; readonly learner: Learner; readonly pausedDays: number }
  | { readonly kind: 'not-paused' };

/**
 * Ends the open pause today: the resume date itself is an active day again. A pause
 * resumed on the day it began covers nothing and is dropped.
 */
export function resume(learner: Learner, now: Date): ResumeResult {
  const open = openPause(learner);
  if (!open) return { kind: 'not-paused' };
  const today = localDateOf(now, learner.timezone);
  // After a move west "today" can be earlier than the pause's first date.
  const to = today > open.from ? today : open.from;
  const pausedDays = daysBetween(open.from, to);
  const others = learner.pauses.filter((p) => p !== open);
  const pauses = pausedDays === 0 ? others : [...others, { from: open.from, to }];
  return { kind: 'resumed', learner: { ...learner, pauses }, pausedDays };
}
