import { loadConfig } from './config.js';
import { createJsonLogger } from './adapters/log/json-logger.js';
import { runConsole } from './entry/console.js';
import { runDiscord } from './entry/discord.js';

const parsed = loadConfig();
if (parsed.kind === 'invalid') {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}
const { config } = parsed;
const logger = createJsonLogger({
  level: config.DISCORD_TOKEN === undefined ? 'warn' : config.LOG_LEVEL,
  write: (line) => process.stderr.write(line),
  secrets: [config.DISCORD_TOKEN, config.ANTHROPIC_API_KEY],
});

process.exitCode =
  config.DISCORD_TOKEN === undefined ? await runConsole(config, logger) : await runDiscord(config, logger);
