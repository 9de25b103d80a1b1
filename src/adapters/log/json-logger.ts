import type { Logger } from '../../app/ports.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** Minimum level a logger writes. */
export type LogLevel = keyof typeof LEVELS;

/**
 * A logger writing one JSON object per line. Every known secret (bot token, API key) is
 * replaced before the line is written, whatever context a caller passed.
 */
export function createJsonLogger(options: {
  level: LogLevel;
  write: (line: string) => void;
  secrets: readonly (string | undefined)[];
  now?: () => Date;
}): Logger {
  const secrets = options.secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= 8,
  );
  const redact = (text: string): string =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const now = options.now ?? (() => new Date());
  const log = (level: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (LEVELS[level] < LEVELS[options.level]) return;
    const line = JSON.stringify({ time: now().toISOString(), level, message, ...context }, errorReplacer);
    options.write(`${redact(line)}\n`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
