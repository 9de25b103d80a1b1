import type { DiscordCommand } from '../discord-command.js';
import { askCommand } from './ask.js';
import { coachCommand } from './coach.js';
import { dayCommand } from './day.js';
import { doneCommand } from './done.js';
import { helpCommand } from './help.js';
import { progressCommand } from './progress.js';
import { reviewCommand } from './review.js';
import { progressFeatureCommands } from './progress-features.js';
import { settingsCommand } from './settings.js';
import { todayCommand } from './today.js';

/** Every slash command the bot has: the router dispatches on these, deploy-commands registers them. */
export const commands: readonly DiscordCommand[] = [
  todayCommand,
  dayCommand,
  doneCommand,
  askCommand,
  reviewCommand,
  progressCommand,
  ...progressFeatureCommands,
  settingsCommand,
  helpCommand,
  coachCommand,
];
