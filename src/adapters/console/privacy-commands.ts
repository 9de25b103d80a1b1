import type { SettingsOutcome } from '../../app/study/settings.js';
import { renderPortfolio } from '../../presenters/text/portfolio-markdown.js';
import {
  FORGET_ME_QUESTION,
  renderExportDone,
  renderExportProblem,
  renderForgotten,
} from '../../presenters/text/privacy-text.js';
import {
  leaderboardLine,
  renderBadHour,
  renderBadSwitch,
  streakWarningLine,
} from '../../presenters/text/settings-text.js';
import { renderStoreTrouble, renderTimezone } from '../../presenters/text/study-text.js';
import { say, type ConsoleCommand } from './console-command.js';
import { writeDataFile } from './data-files.js';

const SETTINGS_USAGE = 'Try /settings warning 20 (or off), or /settings leaderboard off (or on).';

const WARNING_IN_DISCORD =
  'The streak warning comes as a Discord DM, so it applies when you use the coach in Discord; the console sends no messages.';

/** `/settings` in the console: the streak warning and the leaderboard switch. */
function renderConsoleSettings(outcome: SettingsOutcome): string {
  switch (outcome.kind) {
    case 'settings':
      return [
        outcome.changed ? 'Saved.' : 'Your settings:',
        `Timezone: ${outcome.timezone} (your date there is ${outcome.localDate}); /timezone changes it.`,
        streakWarningLine(outcome.streakWarningHour),
        ...(outcome.streakWarningHour === null ? [] : [WARNING_IN_DISCORD]),
        leaderboardLine(outcome.leaderboard),
        ...(outcome.changed ? [] : [SETTINGS_USAGE]),
      ].join('\n');
    // The console opens no DMs, so this never comes; were it to, the rest was saved.
    case 'dms-closed':
      return renderConsoleSettings({ ...outcome, kind: 'settings', changed: true });
    case 'bad-hour':
      return renderBadHour(outcome.input);
    case 'bad-switch':
      return renderBadSwitch(outcome.input);
    case 'unknown-timezone':
      return renderTimezone(outcome);
    case 'bad-time':
      return SETTINGS_USAGE;
    default:
      return renderStoreTrouble(outcome);
  }
}

/** Settings, export and forget-me. */
export const privacyConsoleCommands: readonly ConsoleCommand[] = [
  {
    name: 'settings',
    usage: '/settings [warning <hour|off>] [leaderboard <on|off>]',
    summary: 'your streak warning hour and leaderboard visibility',
    execute: say(async (args, { app, actor }) => {
      const [name, value, ...rest] = args.split(/\s+/).filter((word) => word !== '');
      if (name === undefined) return renderConsoleSettings(await app.settings.update(actor, {}));
      if (value === undefined || rest.length > 0 || (name !== 'warning' && name !== 'leaderboard')) {
        return SETTINGS_USAGE;
      }
      return renderConsoleSettings(await app.settings.update(actor, { [name]: value }));
    }),
  },
  {
    name: 'export',
    usage: '/export',
    summary: 'your data as JSON and your portfolio as Markdown, written under DATA_DIR',
    execute: say(async (_args, { app, actor, dataDir }) => {
      const outcome = await app.privacy.exportData(actor);
      if (outcome.kind !== 'export') return renderExportProblem(outcome);
      const stamp = outcome.data.exportedAt.slice(0, 10);
      const json = await writeDataFile(
        dataDir,
        'exports',
        `study-coach-data-${stamp}.json`,
        `${JSON.stringify(outcome.data, null, 2)}\n`,
      );
      const markdown = await writeDataFile(
        dataDir,
        'exports',
        `portfolio-${stamp}.md`,
        renderPortfolio(app.plan, outcome.data),
      );
      for (const file of outcome.files) await writeDataFile(dataDir, 'exports', file.name, file.bytes);
      return renderExportDone({ json, markdown, proofFiles: outcome.files.length });
    }),
  },
  {
    name: 'forget-me',
    usage: '/forget-me [confirm]',
    summary: 'delete everything the coach keeps about you (asks first)',
    execute: say(async (args, { app, actor }) => {
      if (args.trim().toLowerCase() !== 'confirm')
        return `${FORGET_ME_QUESTION}\nType /forget-me confirm to delete it.`;
      return renderForgotten(await app.privacy.forget(actor));
    }),
  },
];
