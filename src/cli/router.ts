import type { CliCommand, CliIo, CliOutcome } from './command.js';

const EXIT_CODES: Record<CliOutcome['kind'], number> = { done: 0, failed: 1, usage: 2 };
const HELP: ReadonlySet<string> = new Set(['help', '--help', '-h']);

/** The usage text listing every command's forms. */
export function usageText(commands: readonly CliCommand[]): string {
  const lines = commands.flatMap((command) => command.usage);
  const width = Math.max(...lines.map(({ args }) => args.length));
  const body = lines.map(({ args, summary }) => `  study-coach ${args.padEnd(width)}  ${summary}`);
  return ['usage:', ...body].join('\n') + '\n';
}

/** Runs the command named by the first argument; resolves to the process exit code. */
export async function runCli(
  argv: readonly string[],
  commands: readonly CliCommand[],
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && HELP.has(name)) {
    io.out(usageText(commands));
    return EXIT_CODES.done;
  }
  const command = commands.find((candidate) => candidate.name === name);
  const outcome: CliOutcome =
    name === undefined
      ? { kind: 'usage', message: 'missing command' }
      : command === undefined
        ? { kind: 'usage', message: `unknown command "${name}"` }
        : await command.run(args, io);
  if (outcome.kind === 'usage') io.err(`study-coach: ${outcome.message}\n${usageText(commands)}`);
  return EXIT_CODES[outcome.kind];
}
