import type { UsageReport } from '../coaching/usage.js';
import type { CohortDay } from '../../core/schedule/cohort.js';
import type { PostProblem, ServerSettings } from '../../core/schedule/server-schedule.js';
import type { LocalDate } from '../../core/time/local-date.js';

/** What an admin chose in `/coach setup`, as typed. */
export interface SetupInput {
  readonly channelId: string;
  /** A forum channel gets each day as its own post; absent: a text channel. */
  readonly channelKind?: 'text' | 'forum';
  readonly time: string;
  readonly timezone: string;
  readonly startDate: string;
  /** The learner id of the admin setting it up, told by DM when a post is refused. */
  readonly setUpBy?: string;
  /** The journey's cycle (1-based) whose first day is posted on the start date; the first when absent. */
  readonly startCycle?: number | undefined;
}

type Busy = { readonly kind: 'busy' };
type NotSetUp = { readonly kind: 'not-set-up' };

/** Outcome of `setup`. `nextPostAt` is `now` when the first post is due at once (`postsNow`). */
export type SetupOutcome =
  | {
      readonly kind: 'set-up';
      readonly settings: ServerSettings;
      readonly nextPostAt: Date | null;
      readonly firstDay: number | null;
      readonly postsNow: boolean;
    }
  | { readonly kind: 'unknown-timezone'; readonly timezone: string }
  | { readonly kind: 'bad-time'; readonly time: string }
  | { readonly kind: 'bad-date'; readonly date: string }
  | { readonly kind: 'past-last-day'; readonly lastDay: number; readonly startDate: LocalDate }
  /** A start cycle the journey does not have. */
  | { readonly kind: 'no-such-cycle'; readonly asked: number; readonly count: number }
  | Busy;

/** Outcome of `pause`: posting stops; the cohort's calendar keeps going. */
export type PauseOutcome =
  { readonly kind: 'paused' } | { readonly kind: 'already-paused' } | NotSetUp | Busy;
/** Outcome of `resume`, with the next post the scheduler will make. */
export type ResumeOutcome =
  | {
      readonly kind: 'resumed';
      readonly settings: ServerSettings;
      readonly nextPostAt: Date | null;
      readonly nextDay: number | null;
      readonly postsNow: boolean;
    }
  | { readonly kind: 'not-paused' }
  /** Not paused, but today's post had been refused: it is tried again now. */
  | { readonly kind: 'retrying'; readonly day: number; readonly channelId: string }
  | NotSetUp
  | Busy;

/** Everything `/coach status` shows. `usage` is null while the AI coach is off. */
export type StatusOutcome =
  | {
      readonly kind: 'status';
      readonly settings: ServerSettings;
      readonly nextPostAt: Date | null;
      readonly nextDay: number | null;
      readonly cohort: CohortDay;
      /** The cohort's cycle of the journey while it is on a day of a journey of several cycles; else null. */
      readonly cycle: { readonly number: number; readonly count: number } | null;
      readonly problem: PostProblem | null;
      readonly usage: UsageReport | null;
    }
  | NotSetUp;

/** Outcome of `/coach recaps on|off`. */
export type RecapsOutcome =
  { readonly kind: 'recaps-set'; readonly on: boolean; readonly changed: boolean } | NotSetUp | Busy;

/** Outcome of `/coach poll on|off`: the "How hard was today?" poll after the daily post. */
export type DayPollOutcome =
  { readonly kind: 'day-poll-set'; readonly on: boolean; readonly changed: boolean } | NotSetUp | Busy;

/** Outcome of `/coach nudges on|off`. */
export type NudgesOutcome =
  { readonly kind: 'nudges-set'; readonly on: boolean; readonly changed: boolean } | NotSetUp | Busy;
