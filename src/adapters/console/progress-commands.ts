import { renderLearnerPause, renderLearnerResume, renderShift } from '../../presenters/text/pace-text.js';
import {
  renderAssessment,
  renderLeaderboard,
  renderProgressText,
} from '../../presenters/text/progress-text.js';
import { renderCardPng } from '../image/card-png.js';
import { say, type ConsoleCommand } from './console-command.js';
import { tryWriteDataFile } from './data-files.js';

/**
 * `/progress`: the text version, and the card as a PNG under DATA_DIR (`card: <path>`); when the
 * folder refuses the file, the text still stands and the line says where and why.
 */
export const progressConsoleCommand: ConsoleCommand = {
  name: 'progress',
  usage: '/progress',
  summary: 'days done, streak and pace, with your progress card as a PNG',
  execute: say(async (_args, { app, actor, dataDir }) => {
    const outcome = await app.progress.progress(actor);
    const text = renderProgressText(outcome);
    if (outcome.kind !== 'progress') return text;
    const card = await tryWriteDataFile(
      dataDir,
      'cards',
      `progress-${outcome.date}.png`,
      renderCardPng(outcome.card),
    );
    if (card.kind === 'written') return `${text}\ncard: ${card.path}`;
    return `${text}\nThe progress card could not be written to ${card.path}: ${card.reason}.`;
  }),
};

/** Own pace, the cycle assessment and the leaderboard. */
export const paceConsoleCommands: readonly ConsoleCommand[] = [
  {
    name: 'shift',
    usage: '/shift',
    summary: 'restart your calendar from your current day, today',
    execute: say(async (_args, { app, actor }) => renderShift(await app.pace.shift(actor))),
  },
  {
    name: 'pause',
    usage: '/pause',
    summary: "pause your calendar: paused days don't count as behind or break your streak",
    execute: say(async (_args, { app, actor }) => renderLearnerPause(await app.pace.pause(actor))),
  },
  {
    name: 'resume',
    usage: '/resume',
    summary: 'carry on after a pause',
    execute: say(async (_args, { app, actor }) => renderLearnerResume(await app.pace.resume(actor))),
  },
  {
    name: 'assessment',
    usage: '/assessment [cycle]',
    summary: "your cycle's checklists, ticked from what you've done (or another cycle's)",
    execute: say(async (args, { app, actor }) => {
      if (args !== '' && !/^\d+$/.test(args))
        return 'Give a cycle number, like /assessment 1, or nothing for your current cycle.';
      return renderAssessment(await app.progress.assessment(actor, args === '' ? undefined : Number(args)));
    }),
  },
  {
    name: 'leaderboard',
    usage: '/leaderboard',
    summary: 'a server feature (Discord)',
    execute: say(async (_args, { app, actor }) => renderLeaderboard(await app.progress.leaderboard(actor))),
  },
];
