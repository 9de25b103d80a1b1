import { createLogger } from './adapters/log/logger.js';
import { loadPlanFile } from './adapters/curriculum/load-plan.js';
import { commandsFor, dayRangeOf } from './adapters/discord/commands/index.js';
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

// /day's definition carries the plan's range, so the plan must load first.
const loaded = await loadPlanFile(config.CURRICULUM_FILE);
if (loaded.kind !== 'ok') {
  process.stderr.write(
    `The study plan ${config.CURRICULUM_FILE} can't be used; check it with \`npx study-coach curriculum check ${config.CURRICULUM_FILE}\`.\n`,
  );
  process.exit(1);
}

try {
  const result = await deployCommands(
    { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, guildId: config.DISCORD_GUILD_ID },
    commandsFor(dayRangeOf(loaded.plan)),
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
