import type { Learner } from './learner.js';
import { setLeaderboard, setStreakWarning } from './preferences.js';
import { setReminder, setTimezone } from './settings.js';

/** What `/settings` may change; each is optional, and all given are applied together or none. */
export interface SettingsInput {
  readonly timezone?: string;
  readonly reminder?: string;
  /** Streak warning hour `0`-`23`, or `off`. */
  readonly warning?: string;
  /** Leaderboard and recaps: `on` or `off`. */
  readonly leaderboard?: string;
}

/** The learner with every given setting applied, or the first bad one (and no change). */
export type AppliedSettings =
  | { readonly kind: 'ok'; readonly learner: Learner }
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | { readonly kind: 'bad-time'; readonly input: string }
  | { readonly kind: 'bad-hour'; readonly input: string }
  | { readonly kind: 'bad-switch'; readonly input: string };

/** Applies every given setting together, or none when one is bad. */
export function applySettings(learner: Learner, input: SettingsInput): AppliedSettings {
  let next = learner;
  if (input.timezone !== undefined) {
    const moved = setTimezone(next, input.timezone);
    if (moved.kind !== 'timezone-set') return { kind: 'unknown-timezone', timezone: input.timezone };
    next = moved.learner;
  }
  if (input.reminder !== undefined) {
    const reminded = setReminder(next, input.reminder);
    if (reminded.kind !== 'reminder-set') return { kind: 'bad-time', input: input.reminder };
    // Turning reminders on again is the learner saying their DMs are open now.
    next = reminded.time === null ? reminded.learner : { ...reminded.learner, dmBlocked: 'no' };
  }
  if (input.warning !== undefined) {
    const warned = setStreakWarning(next, input.warning);
    if (warned.kind !== 'streak-warning-set') return warned;
    next = warned.learner;
  }
  if (input.leaderboard !== undefined) {
    const shown = setLeaderboard(next, input.leaderboard);
    if (shown.kind !== 'leaderboard-set') return shown;
    next = shown.learner;
  }
  return { kind: 'ok', learner: next };
}

/** True when at least one setting was given. */
export const changesSomething = (input: SettingsInput): boolean =>
  Object.values(input).some((value) => value !== undefined);
