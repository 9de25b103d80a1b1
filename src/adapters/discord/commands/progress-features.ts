import type { DiscordCommand } from '../discord-command.js';
import { pauseCommand, resumeCommand, shiftCommand } from './pace.js';
import { exportCommand, forgetMeCommand } from './privacy.js';
import { assessmentCommand, leaderboardCommand } from './standing.js';

/** Own pace, assessment, leaderboard, export and forget-me: listed after /progress in the index. */
export const progressFeatureCommands: readonly DiscordCommand[] = [
  shiftCommand,
  pauseCommand,
  resumeCommand,
  assessmentCommand,
  leaderboardCommand,
  exportCommand,
  forgetMeCommand,
];
