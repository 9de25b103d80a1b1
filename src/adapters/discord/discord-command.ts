import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { App } from '../../app/create-app.js';
import type { Logger } from '../../app/ports.js';

/** What every Discord handler may use: the app and a few knobs. Built by the composition root. */
export interface DiscordContext {
  readonly app: App;
  readonly logger: Logger;
  /** A reply not ready after this long is deferred first: Discord drops interactions unanswered for 3 s. */
  readonly deferAfterMs: number;
}

/** One slash command: its registration data and what it does. Listed in `commands/index.ts`. */
export interface DiscordCommand {
  readonly data: {
    readonly name: string;
    toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  };
  execute(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void>;
}
