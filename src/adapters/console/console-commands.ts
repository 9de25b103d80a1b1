import { parseProof } from '../../core/learner/parse-proof.js';
import { renderShowDay, renderTimezone, renderToday } from '../../presenters/text/study-text.js';
import { renderSubmitted } from '../../presenters/text/review-text.js';
import { coachingConsoleCommands } from './coaching-commands.js';
import { say, type ConsoleCommand } from './console-command.js';
import { privacyConsoleCommands } from './privacy-commands.js';
import { paceConsoleCommands, progressConsoleCommand } from './progress-commands.js';
import { recallConsoleCommand } from './recall-commands.js';

/** Every console command, in the order `/help` lists them. */
export const consoleCommands: readonly ConsoleCommand[] = [
  {
    name: 'today',
    usage: '/today',
    summary: "your current day's task",
    execute: say(async (_args, { app, actor }) => renderToday(await app.study.today(actor))),
  },
  {
    name: 'day',
    usage: '/day N',
    summary: 'any day of the plan',
    execute: say((args, { app }) => {
      const number = /^\d+$/.test(args) ? Number(args) : Number.NaN;
      if (Number.isNaN(number)) return 'Give a day number, like /day 33.';
      return renderShowDay(app.study.showDay(number), app.plan.days.length);
    }),
  },
  {
    name: 'done',
    usage: '/done <proof>',
    summary: 'complete your current day with proof (text and/or links)',
    execute: say(async (args, { app, actor }) =>
      renderSubmitted(await app.coaching.submitProof(actor, parseProof(args))),
    ),
  },
  ...coachingConsoleCommands,
  recallConsoleCommand,
  progressConsoleCommand,
  ...paceConsoleCommands,
  {
    name: 'timezone',
    usage: '/timezone <IANA zone>',
    summary: 'set your timezone, e.g. Europe/Berlin',
    execute: say(async (args, { app, actor }) =>
      args === ''
        ? 'Give a timezone, like /timezone Europe/Berlin.'
        : renderTimezone(await app.study.setTimezone(actor, args)),
    ),
  },
  ...privacyConsoleCommands,
  {
    name: 'help',
    usage: '/help',
    summary: 'this list',
    execute: say(() => renderHelp()),
  },
  {
    name: 'quit',
    usage: '/quit',
    summary: 'leave (your progress is saved)',
    execute: async () => 'quit',
  },
];

// Wider usages take a line of their own, so one long usage doesn't push every summary off an 80-column terminal.
const USAGE_COLUMN = 24;

export function renderHelp(): string {
  const line = (c: ConsoleCommand): string =>
    c.usage.length <= USAGE_COLUMN
      ? `  ${c.usage.padEnd(USAGE_COLUMN)}  ${c.summary}`
      : `  ${c.usage}\n  ${' '.repeat(USAGE_COLUMN)}  ${c.summary}`;
  return ['Commands:', ...consoleCommands.map(line)].join('\n');
}
