import type { Learner } from './learner.js';
import { setStreakWarningHour } from './settings.js';

/** Outcome of {@link setStreakWarning}; `hour` is null when the warning was turned off. */
export type StreakWarningInput =
  | { readonly kind: 'streak-warning-set'; readonly learner: Learner; readonly hour: number | null }
  | { readonly kind: 'bad-hour'; readonly input: string };

/** Sets the streak warning from what the learner typed: an hour `0`-`23` (or `20:00`), or `off`. */
export function setStreakWarning(learner: Learner, input: string): StreakWarningInput {
  const text = input.trim().toLowerCase();
  if (text === 'off')
    return { kind: 'streak-warning-set', learner: { ...learner, streakWarningHour: null }, hour: null };
  const match = /^(\d{1,2})(?::00)?$/.exec(text);
  const set = match === null ? null : setStreakWarningHour(learner, Number(match[1]));
  if (set === null || set.kind !== 'streak-warning-set') return { kind: 'bad-hour', input };
  return set;
}

/** Outcome of {@link setLeaderboard}; `shown` is false once the learner opted out. */
export type LeaderboardInput =
  | { readonly kind: 'leaderboard-set'; readonly learner: Learner; readonly shown: boolean }
  | { readonly kind: 'bad-switch'; readonly input: string };

/** Shows or hides the learner on leaderboards and recaps: `on` or `off`. */
export function setLeaderboard(learner: Learner, input: string): LeaderboardInput {
  const text = input.trim().toLowerCase();
  if (text !== 'on' && text !== 'off') return { kind: 'bad-switch', input };
  const shown = text === 'on';
  return { kind: 'leaderboard-set', learner: { ...learner, leaderboardOptOut: !shown }, shown };
}
