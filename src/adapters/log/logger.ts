import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { pino, type DestinationStream } from 'pino';
import type { Logger } from '../../app/ports.js';

/** Minimum level a logger writes. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where and how a logger writes. */
export interface LoggerOptions {
  readonly level: LogLevel;
  /** Receives each finished line (with its newline); stderr in production. */
  readonly write: (line: string) => void;
  /** Every known secret (bot token, API key): scrubbed from each line, wherever it appears. */
  readonly secrets: readonly (string | undefined)[];
  /** One human-readable line per entry (pino-pretty), for a person watching a terminal. */
  readonly pretty?: boolean;
  /** The clock of the `time` field; the machine's by default. */
  readonly now?: () => Date;
}

// Fields that hold credentials whatever their value, wherever a caller puts them.
const REDACTED_PATHS = [
  'token',
  'apiKey',
  'password',
  'authorization',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * The Logger port over pino: one JSON object per line, `{ time, level, message, ...context }`
 * as before. Credentials are redacted by path, and every known secret is also scrubbed from the
 * finished line, since an error message can carry a token in free text.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets.filter(
    (secret): secret is string => secret !== undefined && secret.length >= 8,
  );
  const scrub = (text: string): string =>
    secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  const now = options.now ?? (() => new Date());
  const logger = pino(
    {
      level: options.level,
      base: null,
      messageKey: 'message',
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: describeError },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: { streamWrite: scrub },
    },
    destinationOf(options),
  );
  const at = (level: 'info' | 'warn' | 'error') => (message: string, context?: Record<string, unknown>) =>
    context === undefined ? logger[level](message) : logger[level](context, message);
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

function destinationOf(options: LoggerOptions): DestinationStream {
  if (options.pretty !== true) return { write: (line: string) => void options.write(line) };
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      options.write(chunk.toString());
      done();
    },
  });
  // Loaded only for a person at a terminal; the bot in production writes JSON and never needs it.
  // Its stream form runs in this thread, so lines are written in order before the process exits.
  const build = createRequire(import.meta.url)('pino-pretty') as (options: object) => DestinationStream;
  return build({ destination: sink, colorize: true, messageKey: 'message', sync: true });
}

/** An error as a log field: its name, message and stack (a thrown non-Error as it is). */
function describeError(value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}
