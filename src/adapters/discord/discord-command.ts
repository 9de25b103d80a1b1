import {
  ApplicationIntegrationType,
  InteractionContextType,
  type SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type {
  AutocompleteInteraction,
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
  /** Suggestions while the user types in an option marked autocomplete (answered within 3 s, no store call). */
  autocomplete?(interaction: AutocompleteInteraction, context: DiscordContext): Promise<void>;
}

/**
 * Marks a command as usable wherever the learner is: in a server that added the coach, and,
 * for a learner who installed the app on their account, in DMs and in servers without the bot.
 * Progress belongs to the user, so these commands need no server.
 */
export function usableAnywhere<T extends Pick<SlashCommandBuilder, 'setIntegrationTypes' | 'setContexts'>>(
  builder: T,
): T {
  builder.setIntegrationTypes(
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  );
  builder.setContexts(
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  );
  return builder;
}

/** The required `state: on|off` option of every switch (`/coach recaps|poll|nudges`, `/digest`). */
export function onOffState(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName('state')
    .setDescription('on or off')
    .setRequired(true)
    .addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' });
}
