import type { CohortPace } from '../../../core/schedule/cohort-pace.js';
import type { FirstReminder, ReminderSkip } from '../../../core/schedule/learner-slots.js';
import type { LearnerSettingsView, SettingsOutcome } from '../../../app/study/settings.js';
import {
  leaderboardLine,
  renderBadHour,
  renderBadSwitch,
  streakWarningLine,
} from '../../../presenters/text/settings-text.js';
import { renderStoreTrouble, renderTimezone } from '../../../presenters/text/study-text.js';
import { discordTimestamp } from './timestamps.js';

/** "The cohort is on Day 33; you're 2 behind." Null without a cohort (DMs, servers not set up). */
export function renderCohortLine(pace: CohortPace): string | null {
  switch (pace.kind) {
    case 'no-cohort':
      return null;
    case 'before-start':
      return `The cohort starts with Day ${pace.firstDay} on ${pace.startsOn}.`;
    case 'cohort-finished':
      return `The cohort has finished the plan (Day ${pace.lastDay} was its last).`;
    case 'cohort-day':
      if (pace.behind === 0) return `The cohort is on Day ${pace.day}, the same as you.`;
      return `The cohort is on Day ${pace.day}; you're ${Math.abs(pace.behind)} ${pace.behind > 0 ? 'behind' : 'ahead'}.`;
  }
}

/** Turning reminders on opened no DM channel: Discord refused (403). */
export const DMS_CLOSED_AT_SETTINGS =
  "I can't DM you: your DMs are closed for this server. Open them and run /settings again.";

const SKIPPED: Record<ReminderSkip, (first: FirstReminder) => string> = {
  'done-today': () => "none today, you've done today's day",
  'before-start': (first) => `none before your start date, ${first.startDate}`,
  paused: () => 'none while you are paused',
};

/** When the first reminder comes, in each reader's own clock, and why not sooner. */
function firstReminderText(first: FirstReminder | null): string {
  if (first === null) return '';
  const at = `${discordTimestamp(first.at, 'F')} (${discordTimestamp(first.at, 'R')})`;
  return first.skipped === null
    ? ` The first: ${at}.`
    : ` The first: ${at}; ${SKIPPED[first.skipped](first)}.`;
}

function settingsLines(settings: LearnerSettingsView): string[] {
  const reminder =
    settings.reminderTime === null
      ? 'Reminder: off.'
      : `Reminder: your day by DM at ${settings.reminderTime} your time.${firstReminderText(settings.firstReminder)}`;
  return [
    `Timezone: ${settings.timezone} (your date there is ${settings.localDate}).`,
    reminder,
    streakWarningLine(settings.streakWarningHour),
    leaderboardLine(settings.leaderboard),
  ];
}

/** `/settings`: what is set now, or why nothing changed. */
export function renderSettings(outcome: SettingsOutcome): string {
  switch (outcome.kind) {
    case 'settings': {
      const lines = [outcome.changed ? 'Saved.' : 'Your settings:', ...settingsLines(outcome)];
      if (!outcome.changed)
        lines.push(
          'Change them with /settings timezone:<zone> reminder:<HH:MM or off> warning:<hour or off> leaderboard:<on or off>.',
        );
      return lines.join('\n');
    }
    case 'dms-closed':
      return [DMS_CLOSED_AT_SETTINGS, ...settingsLines(outcome)].join('\n');
    case 'unknown-timezone':
      return renderTimezone(outcome);
    case 'bad-hour':
      return renderBadHour(outcome.input);
    case 'bad-switch':
      return renderBadSwitch(outcome.input);
    case 'bad-time':
      return `"${outcome.input.slice(0, 20)}" isn't a time I can use. Give 24-hour HH:MM like 07:30, or off. Nothing was changed.`;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** Told once, after the scheduler found the learner's DMs closed. */
export const DM_CLOSED_NOTICE =
  "I couldn't send your daily reminder: your DMs are closed to me, so I turned reminders off. " +
  'Allow DMs from this server, then /settings reminder:HH:MM turns them back on.';

/** `/help`: the commands, in the order a learner needs them. */
export function renderHelp(): string {
  return [
    'Commands:',
    "/today: your current day's task, and where the cohort is",
    '/day number: any day of the plan',
    "/done proof [link] [file] [share]: complete your current day with proof (share: post it in the day's thread)",
    '/unshare day: take back proof you shared',
    '/ask question: ask the coach about your day (or mention me, or DM me)',
    '/review [file] [kind]: feedback on your LinkedIn or blog draft',
    '/recall: review cards from the days you completed (spaced recall)',
    '/progress: your progress card: days done, streak, freezes and pace',
    '/shift, /pause, /resume: go at your own pace',
    "/assessment [cycle]: your cycle's checklists, ticked from what you've done (another cycle: cycle:N)",
    '/leaderboard: streaks and days done in this server',
    '/settings [timezone] [reminder] [warning] [leaderboard] [share]: timezone, daily DM, streak warning hour, leaderboard and sharing on/off',
    '/digest on|off: a weekly DM with your week (Mondays, at your reminder time)',
    '/buddy join|leave|status: a study buddy from this server each week, paired on Mondays',
    '/export, /forget-me: take your data with you, or delete it',
    '/help: this list',
    'For admins (Manage Server): /coach setup, /coach status, /coach pause, /coach resume, /coach cohort, /coach recaps, /coach poll, /coach report, /coach nudges, /coach usage',
  ].join('\n');
}
