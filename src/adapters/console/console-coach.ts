import type { Logger } from '../../app/ports.js';
import { consoleCommands, type ConsoleContext } from './console-commands.js';

/** The terminal the console coach talks to. */
export interface ConsoleIO {
  readonly lines: AsyncIterable<string>;
  readonly write: (text: string) => void;
  /** True when a person is typing: then greet and show a prompt. */
  readonly interactive: boolean;
}

const PROMPT = '> ';

/** Splits `/name args` into its parts; null for a line that is not a command. */
export function parseCommandLine(line: string): { name: string; args: string } | null {
  const match = /^\/(\S+)\s*([\s\S]*)$/.exec(line.trim());
  return match === null ? null : { name: (match[1] ?? '').toLowerCase(), args: (match[2] ?? '').trim() };
}

/** Reads commands line by line until `/quit` or the end of input. Never lets an error reach the learner raw. */
export async function runConsoleCoach(
  io: ConsoleIO,
  context: Omit<ConsoleContext, 'write'>,
  logger: Logger,
): Promise<void> {
  const write = (text: string) => io.write(`${text}\n`);
  if (io.interactive) write("Study Coach. Type /today to see today's task, /help for everything else.");
  const prompt = () => io.interactive && io.write(PROMPT);
  prompt();
  for await (const line of io.lines) {
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const parsed = parseCommandLine(line);
    const command = parsed === null ? undefined : consoleCommands.find((c) => c.name === parsed.name);
    if (parsed === null || command === undefined) {
      write(`I don't know "${line.trim().slice(0, 40)}". Type /help to see the commands.`);
      prompt();
      continue;
    }
    try {
      if ((await command.execute(parsed.args, { ...context, write })) === 'quit') return;
    } catch (error) {
      logger.error('console command failed', { command: command.name, error: String(error) });
      write('Something went wrong on my side; your progress is safe. Try again in a moment.');
    }
    prompt();
  }
}
