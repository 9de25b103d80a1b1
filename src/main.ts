import { loadConfig } from './config.js';
import { createLogger } from './adapters/log/logger.js';

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

// Each front end loads only its own code: the console never loads discord.js (a third of a start-up).
if (config.DISCORD_TOKEN === undefined) {
  const { runConsole } = await import('./entry/console.js');
  process.exitCode = await runConsole(config, logger);
} else {
  const { runDiscord } = await import('./entry/discord.js');
  process.exitCode = await runDiscord(config, logger);
}
