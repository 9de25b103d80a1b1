import type { DiscordCommand } from '../discord-command.js';
import { askCommand } from './ask.js';
import { assessmentCommand } from './assessment.js';
import { buddyCommand } from './buddy.js';
import { coachCommand } from './coach.js';
import { dayCommand, type DayRange } from './day.js';
import { digestCommand } from './digest.js';
import { doneCommand } from './done.js';
import { exportCommand } from './export.js';
import { forgetMeCommand } from './forget-me.js';
import { helpCommand } from './help.js';
import { leaderboardCommand } from './leaderboard.js';
import { pauseCommand } from './pause.js';
import { progressCommand } from './progress.js';
import { recallCommand } from './recall.js';
import { resumeCommand } from './resume.js';
import { reviewCommand } from './review.js';
import { settingsCommand } from './settings.js';
import { shiftCommand } from './shift.js';
import { todayCommand } from './today.js';
import { unshareCommand } from './unshare.js';

/**
 * Every slash command the bot has, one file each: the router dispatches on these, deploy-commands
 * registers them. The plan's day range goes into `/day`'s definition.
 */
export const commandsFor = (days: DayRange): readonly DiscordCommand[] => [
  todayCommand,
  dayCommand(days),
  doneCommand,
  unshareCommand,
  askCommand,
  reviewCommand,
  recallCommand,
  progressCommand,
  shiftCommand,
  pauseCommand,
  resumeCommand,
  assessmentCommand,
  leaderboardCommand,
  exportCommand,
  forgetMeCommand,
  settingsCommand,
  digestCommand,
  buddyCommand,
  helpCommand,
  coachCommand,
];

/** The day range of a plan, for `commandsFor`. */
export const dayRangeOf = (plan: { readonly days: readonly { readonly day: number }[] }): DayRange => ({
  first: plan.days[0]?.day ?? 1,
  last: plan.days.at(-1)?.day ?? 1,
});
