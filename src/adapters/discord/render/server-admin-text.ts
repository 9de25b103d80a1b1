import type {
  PauseOutcome,
  ResumeOutcome,
  SetupOutcome,
  StatusOutcome,
} from '../../../app/servers/outcomes.js';
import type { PostProblemNotice } from '../../../app/delivery/delivery-texts.js';
import type { CohortDay } from '../../../core/schedule/cohort.js';
import type { PostProblem } from '../../../core/schedule/server-schedule.js';
import { renderTotals } from '../../../presenters/text/coaching-text.js';
import { renderTimezone } from '../../../presenters/text/study-text.js';
import { discordTimestamp } from './timestamps.js';
import { renderThreadStatus, type ThreadAccess } from './thread-access-text.js';

const channel = (id: string): string => `<#${id}>`;
const when = (at: Date): string => `${discordTimestamp(at, 'F')} (${discordTimestamp(at, 'R')})`;

const BUSY = 'The coach settings are being changed elsewhere right now. Try again in a moment.';
const NOT_SET_UP =
  "This server isn't set up yet. Run /coach setup channel:<channel> time:<HH:MM> timezone:<zone> start:<YYYY-MM-DD>.";

/** `/coach` refusals that come before any action. */
export const COACH_NOT_ADMIN =
  'Only members with the Manage Server permission can use /coach. Nothing was changed.';
/** `/coach` used in DMs (Discord hides it there; kept for older registrations). */
export const COACH_IN_DM = '/coach works in a server, not in DMs.';

/** The setup confirmation says exactly what will be posted where and when, or the one thing to fix. */
export function renderSetup(outcome: SetupOutcome): string {
  switch (outcome.kind) {
    case 'set-up': {
      const { settings } = outcome;
      const daily = `then every day at ${settings.time} (${settings.timezone})`;
      if (outcome.firstDay === null || outcome.nextPostAt === null) {
        return `Set up. Every day of the plan is already behind the cohort; the cycle-complete message comes next in ${channel(settings.channelId)}.`;
      }
      const at = outcome.postsNow ? 'now' : `at ${when(outcome.nextPostAt)}`;
      return `Set up. Day ${outcome.firstDay} will be posted in ${channel(settings.channelId)} ${at}, ${daily}.`;
    }
    case 'unknown-timezone':
      return renderTimezone(outcome);
    case 'bad-time':
      return `"${outcome.time.slice(0, 20)}" isn't a time. Give the post time as 24-hour HH:MM, like 09:00.`;
    case 'bad-date':
      return `"${outcome.date.slice(0, 20)}" isn't a date. Give the start date as YYYY-MM-DD, like 2026-06-01.`;
    case 'no-such-cycle':
      return `There is no cycle ${outcome.asked}: the journey has ${outcome.count} (1 to ${outcome.count}). Nothing was changed.`;
    case 'past-last-day':
      return `Starting on ${outcome.startDate} puts the cohort past Day ${outcome.lastDay}, the plan's last day. Pick a later start date.`;
    case 'busy':
      return BUSY;
  }
}

/** What is missing before the bot can post in the chosen channel. */
export type ChannelProblem =
  | {
      readonly kind: 'missing-permissions';
      readonly channelId: string;
      readonly permissions: readonly string[];
    }
  | { readonly kind: 'not-text'; readonly channelId: string }
  | { readonly kind: 'not-found'; readonly channelId: string };

/** The missing permission (or unusable channel), named so an admin can fix it and run `then` again. */
export function renderChannelProblem(problem: ChannelProblem, then = '/coach setup'): string {
  switch (problem.kind) {
    case 'missing-permissions':
      return `I can't post in ${channel(problem.channelId)}: I'm missing ${problem.permissions.join(', ')} there. Grant them and run ${then} again.`;
    case 'not-text':
      return `${channel(problem.channelId)} isn't a channel I can post in. Pick a text, announcement or forum channel.`;
    case 'not-found':
      return "I can't see that channel. Pick a text channel I can view.";
  }
}

function cohortLine(cohort: CohortDay, startDate: string, cycle: StatusCycle): string {
  if (cohort.kind === 'before-start') return `Cohort: starts on ${startDate} (in ${cohort.inDays} days).`;
  if (cohort.kind === 'finished') return `Cohort: finished the plan (Day ${cohort.lastDay} was the last).`;
  const of = cycle === null ? '' : ` · cycle ${cycle.number} of ${cycle.count}`;
  return `Cohort: on Day ${cohort.day}${of} (started ${startDate}).`;
}

type StatusCycle = Extract<StatusOutcome, { kind: 'status' }>['cycle'];

/**
 * `/coach status`: schedule, next post, the cohort's day, recaps, the day threads' permissions
 * (`threads`, checked by the adapter in the configured channel), problems and usage in one place.
 */
export function renderStatus(outcome: StatusOutcome, threads?: ThreadAccess | null): string {
  if (outcome.kind === 'not-set-up') return NOT_SET_UP;
  const { settings } = outcome;
  const schedule = `Schedule: ${channel(settings.channelId)} every day at ${settings.time} (${settings.timezone}).`;
  const next = settings.paused
    ? 'Paused: nothing is posted until /coach resume.'
    : outcome.nextPostAt === null || outcome.nextDay === null
      ? 'Next post: none, every day of the plan is posted.'
      : `Next post: Day ${outcome.nextDay} at ${when(outcome.nextPostAt)}.`;
  return [
    schedule,
    next,
    cohortLine(outcome.cohort, settings.startDate, outcome.cycle),
    settings.recaps
      ? 'Section recaps: on, one post as the cohort finishes each section.'
      : 'Section recaps: off. /coach recaps state:on turns them on.',
    settings.nudges
      ? 'At-risk nudges: on, one friendly DM a week after the reminder.'
      : 'At-risk nudges: off. /coach nudges state:on turns them on.',
    settings.dayPoll === true
      ? 'Day poll: on, "How hard was today?" after each daily post.'
      : 'Day poll: off. /coach poll state:on turns it on.',
    ...(threads === undefined ? [] : [renderThreadStatus(threads)]),
    outcome.problem === null
      ? 'Problems: none.'
      : `Problem: ${renderPostProblem(outcome.problem, settings.channelKind)}`,
    outcome.usage === null
      ? 'AI coach: off (no API key); answers come from the plan.'
      : `AI usage today (${outcome.usage.date}, UTC): ${renderTotals(outcome.usage.today)}.`,
  ].join('\n');
}

/** Why a day's post failed, and the one thing the admin can do about it (in a forum, Send Messages is "Create Posts"). */
export function renderPostProblem(problem: PostProblem, channelKind: 'text' | 'forum' = 'text'): string {
  const where = channel(problem.channelId);
  const send = channelKind === 'forum' ? 'Create Posts' : 'Send Messages';
  switch (problem.reason) {
    case 'forbidden':
      return `The ${problem.slotDate} post failed: I'm not allowed to post in ${where}. Grant View Channel, ${send} and Embed Links there, then run /coach resume.`;
    case 'gone':
      return `The ${problem.slotDate} post failed: ${where} no longer exists. Pick another channel with /coach setup.`;
    case 'gave-up':
      return `The ${problem.slotDate} post failed: Discord did not take it after several tries (no answer, or an error that did not go away; the logs have its words). /coach resume tries again; else the next day's post will.`;
  }
}

/** The DM to the admin when a post is refused: what failed, the fix, and until when the fix still posts the day. */
export function renderPostProblemDm(notice: PostProblemNotice): string {
  const where = channel(notice.channelId);
  const what = notice.day === null ? 'the cycle-complete message' : `Day ${notice.day}`;
  const until = `before ${when(notice.retryUntil)} and ${what} goes out within a minute`;
  switch (notice.reason) {
    case 'forbidden':
      return `I couldn't post ${what} in ${where}: I'm not allowed to post there. Grant View Channel, ${notice.channelKind === 'forum' ? 'Create Posts' : 'Send Messages'} and Embed Links there, then run /coach resume in the server ${until}.`;
    case 'gone':
      return `I couldn't post ${what} in ${where}: the channel no longer exists. Pick another with /coach setup in the server ${until}.`;
    case 'gave-up':
      return `I couldn't post ${what} in ${where}: Discord did not take it after several tries (no answer, or an error that did not go away; the logs have its words). Run /coach resume in the server ${until}; else the next day's post tries again.`;
  }
}

/** `/coach pause`. */
export function renderPause(outcome: PauseOutcome): string {
  if (outcome.kind === 'paused')
    return 'Paused. No daily posts until /coach resume; learners keep their own progress.';
  if (outcome.kind === 'already-paused') return 'Already paused. /coach resume starts the daily posts again.';
  return outcome.kind === 'busy' ? BUSY : NOT_SET_UP;
}

/** `/coach resume`: when the next post goes out. */
export function renderResume(outcome: ResumeOutcome): string {
  if (outcome.kind === 'resumed') {
    if (outcome.nextPostAt === null || outcome.nextDay === null)
      return 'Resumed. Every day of the plan is already posted.';
    return `Resumed. Day ${outcome.nextDay} will be posted ${outcome.postsNow ? 'now' : `at ${when(outcome.nextPostAt)}`}.`;
  }
  if (outcome.kind === 'not-paused') return "The coach isn't paused. /coach status shows the schedule.";
  if (outcome.kind === 'retrying')
    return `The coach wasn't paused; the Day ${outcome.day} post that failed will be posted now.`;
  return outcome.kind === 'busy' ? BUSY : NOT_SET_UP;
}
