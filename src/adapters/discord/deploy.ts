import { REST, Routes, type APIApplication } from 'discord.js';
import type { Logger } from '../../app/ports.js';
import type { DiscordCommand } from './discord-command.js';

/** Where and how to register the commands. */
export interface DeployTarget {
  readonly token: string;
  readonly apiUrl: string;
  /** One server, for development (updates at once); unset registers globally (every server and DMs). */
  readonly guildId?: string;
}

/** What was registered. */
export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly names: readonly string[];
}

/** Replaces the application's slash commands with `commands`, in one server or globally. */
export async function deployCommands(
  target: DeployTarget,
  commands: readonly DiscordCommand[],
  logger: Logger,
): Promise<DeployResult> {
  const rest = new REST({ api: target.apiUrl }).setToken(target.token);
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const body = commands.map((command) => command.data.toJSON());
  const route =
    target.guildId === undefined
      ? Routes.applicationCommands(application.id)
      : Routes.applicationGuildCommands(application.id, target.guildId);
  await rest.put(route, { body });
  const result: DeployResult = {
    scope: target.guildId === undefined ? 'global' : 'guild',
    names: body.map((command) => command.name),
  };
  logger.info('slash commands registered', { ...result, guildId: target.guildId });
  return result;
}
