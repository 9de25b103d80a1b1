import type { Logger } from '../../app/ports.js';
import { storeFailureOf } from '../store/store-failures.js';
import type { CommandResult, ConsoleCommand, ConsoleContext, FollowUp } from './console-command.js';
import { consoleCommands } from './console-commands.js';

/** The terminal the console coach talks to. */
export interface ConsoleIO {
  readonly lines: AsyncIterable<string>;
  readonly write: (text: string) => void;
  /** True when a person is typing: then greet and show a prompt. */
  readonly interactive: boolean;
  /** Shows the prompt where the input knows of it (readline on a terminal); else `> ` is written. */
  readonly prompt?: () => void;
}

const PROMPT = '> ';

/** Splits `/name args` into its parts; null for a line that is not a command. */
export function parseCommandLine(line: string): { name: string; args: string } | null {
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line.trim());
  return match === null ? null : { name: (match[1] ?? '').toLowerCase(), args: (match[2] ?? '').trim() };
}

/** One line for a command that failed: what happened to the store when that is known. */
export function describeCommandFailure(error: unknown, storePlace: string): string {
  const failure = storeFailureOf(error);
  switch (failure?.kind) {
    case 'damaged':
      return `The store file ${storePlace} is damaged (SQLite says: ${failure.detail}), so your progress can't be read or saved. Restore the file from a backup, or move it aside to start afresh.`;
    case 'locked':
      return `The store file ${storePlace} is locked by another program (SQLite says: ${failure.detail}), so nothing was saved. Try again once it lets go.`;
    default:
      return 'Something went wrong on my side; your progress is safe. Try again in a moment.';
  }
}

/**
 * Reads commands line by line until `/quit` or the end of input. Never lets an error reach the
 * learner raw; `storePlace` names the store (its file for SQLite) when a failure is about it.
 */
export async function runConsoleCoach(
  io: ConsoleIO,
  context: Omit<ConsoleContext, 'write' | 'stream' | 'body'>,
  logger: Logger,
  storePlace = 'the store',
): Promise<void> {
  const write = (text: string) => io.write(`${text}\n`);
  if (io.interactive) write("Study Coach. Type /today to see today's task, /help for everything else.");
  const prompt = () => {
    if (!io.interactive) return;
    if (io.prompt === undefined) io.write(PROMPT);
    else io.prompt();
  };
  // A command waiting for the learner's next line (a recall answer, then a rating).
  let waiting: FollowUp | null = null;
  /** Runs a command (or its follow-up); true when it asked to quit. */
  const settle = async (name: string, result: () => Promise<CommandResult>): Promise<boolean> => {
    waiting = null;
    try {
      const outcome = await result();
      if (typeof outcome !== 'string') waiting = outcome;
      return outcome === 'quit';
    } catch (error) {
      logger.error('console command failed', { command: name, error: String(error) });
      write(describeCommandFailure(error, storePlace));
      return false;
    }
  };
  const run = (command: ConsoleCommand, args: string, body?: string): Promise<boolean> =>
    settle(command.name, () => command.execute(args, { ...context, write, stream: io.write, body }));
  // A command that reads a body (a draft) collects the lines after it until one holds only ".".
  let collecting: { command: ConsoleCommand; args: string; lines: string[] } | null = null;
  prompt();
  for await (const line of io.lines) {
    if (collecting !== null) {
      if (line.trim() !== '.') {
        collecting.lines.push(line);
        continue;
      }
      const { command, args, lines } = collecting;
      collecting = null;
      if (await run(command, args, lines.join('\n'))) return;
      prompt();
      continue;
    }
    const parsed = parseCommandLine(line);
    // Set inside `settle`, which TypeScript does not follow.
    const follow = waiting as FollowUp | null;
    if (follow !== null && parsed === null) {
      if (await settle('follow-up', () => follow.take(line))) return;
      prompt();
      continue;
    }
    waiting = null;
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const command = parsed === null ? undefined : consoleCommands.find((c) => c.name === parsed.name);
    if (parsed === null || command === undefined) {
      write(`I don't know "${line.trim().slice(0, 40)}". Type /help to see the commands.`);
      prompt();
      continue;
    }
    if (command.readsBody !== undefined) {
      const refusal = command.readsBody.refuse?.(parsed.args);
      if (refusal !== undefined) {
        write(refusal);
        prompt();
        continue;
      }
      collecting = { command, args: parsed.args, lines: [] };
      if (io.interactive) write(command.readsBody.hint);
      continue;
    }
    if (await run(command, parsed.args)) return;
    prompt();
  }
  // The end of input ends a body still being read, as a "." would.
  if (collecting !== null) await run(collecting.command, collecting.args, collecting.lines.join('\n'));
}
