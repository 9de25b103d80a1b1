import type { ActorRef } from '../../app/actor.js';
import type { App } from '../../app/create-app.js';

/** What a console command needs to act. */
export interface ConsoleContext {
  readonly app: App;
  /** The one local learner. */
  readonly actor: ActorRef;
  /** Where the console writes files for the learner (progress cards, exports): DATA_DIR. */
  readonly dataDir: string;
  readonly write: (text: string) => void;
  /** Writes text as it comes, without a line break (streamed answers). */
  readonly stream: (text: string) => void;
  /** For commands with `readsBody`: the lines that followed the command, up to one holding only `.`. */
  readonly body?: string;
}

/**
 * A command that waits for the learner's next line (a recall answer, then a rating). The next
 * line goes to `take` unless it is a command, which ends the wait and runs as usual.
 */
export interface FollowUp {
  readonly kind: 'follow-up';
  readonly take: (line: string) => Promise<CommandResult>;
}

/** What a command leaves the session with: carry on, quit, or wait for a follow-up line. */
export type CommandResult = 'continue' | 'quit' | FollowUp;

/** One console command: its name, usage and what it does. `quit` ends the session. */
export interface ConsoleCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly execute: (args: string, context: ConsoleContext) => Promise<CommandResult>;
  /**
   * The command reads the lines after it, up to one holding only `.`; `hint` is shown to people
   * typing. `refuse` checks the arguments first: a refusal is shown and no lines are read.
   */
  readonly readsBody?: { readonly hint: string; readonly refuse?: (args: string) => string | undefined };
}

/** A command that writes one answer, rendered from what it was given. */
export const say =
  (render: (args: string, context: ConsoleContext) => Promise<string> | string) =>
  async (args: string, context: ConsoleContext): Promise<'continue'> => {
    context.write(await render(args, context));
    return 'continue';
  };
