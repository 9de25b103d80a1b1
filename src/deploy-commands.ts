import { createLogger } from './adapters/log/logger.js';
import { commands } from './adapters/discord/commands/index.js';
import { deployCommands } from './adapters/discord/deploy.js';
import { loadConfig } from './config.js';

const parsed = loadConfig();
if (parsed.kind === 'invalid') {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}
const { config } = parsed;
if (config.DISCORD_TOKEN === undefined) {
  process.stderr.write(
    'Set DISCORD_TOKEN (the bot token from the Discord developer portal) to deploy commands.\n',
  );
  process.exit(1);
}
const logger = createLogger({
  level: config.LOG_LEVEL,
  write: (line) => process.stderr.write(line),
  secrets: [config.DISCORD_TOKEN, config.ANTHROPIC_API_KEY],
});

try {
  const result = await deployCommands(
    { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, guildId: config.DISCORD_GUILD_ID },
    commands,
    logger,
  );
  const where =
    result.scope === 'guild'
      ? `server ${config.DISCORD_GUILD_ID}`
      : 'every server (global; may take a few minutes)';
  process.stdout.write(`Registered ${result.names.map((name) => `/${name}`).join(', ')} for ${where}.\n`);
} catch (error) {
  logger.error('could not register the slash commands', { error });
  process.exitCode = 1;
}
