import { loadConfig } from './config.js';
import { createLogger } from './adapters/log/logger.js';
import { runConsole } from './entry/console.js';
import { runDiscord } from './entry/discord.js';

const parsed = loadConfig();
if (parsed.kind === 'invalid') {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}
const { config } = parsed;
const logger = createLogger({
  level: config.DISCORD_TOKEN === undefined ? 'warn' : config.LOG_LEVEL,
  write: (line) => process.stderr.write(line),
  secrets: [config.DISCORD_TOKEN, config.ANTHROPIC_API_KEY],
  // Readable lines for a person at a terminal; JSON for log collectors and pipes.
  pretty: process.stderr.isTTY === true,
});

process.exitCode =
  config.DISCORD_TOKEN === undefined ? await runConsole(config, logger) : await runDiscord(config, logger);
