import { describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';

// A port nothing listens on: the connection is refused at once.
const UNREACHABLE = 'postgresql://postgres@127.0.0.1:1/coach';
const FRONT_ENDS = [
  ['the console', {}],
  ['the Discord bot', { DISCORD_TOKEN: 'local-secret-bot-token-123' }],
] as const;

/** The lines a person reads: the log's JSON lines left out. */
const plainLines = (stderr: string): string[] =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('{'));

describe('GIVEN a store that cannot be opened at start-up', () => {
  it.each(FRONT_ENDS)(
    'WHEN %s starts with an unreachable PostgreSQL THEN it exits 1 with one line saying so, no stack trace',
    async (_name, env) => {
      const result = await runCoach('/today\n', { STORE_URL: UNREACHABLE, ...env });
      expect(result.code).toBe(1);
      expect(plainLines(result.stderr)).toEqual([
        `Can't open the store at ${UNREACHABLE}: cannot open PostgreSQL store: connect ECONNREFUSED 127.0.0.1:1`,
      ]);
      expect(result.stdout).toBe('');
    },
    20_000,
  );

  it.each(FRONT_ENDS)(
    'WHEN %s starts with STORE_URL=sqlite:// (no path) THEN the one line says the file path is missing',
    async (_name, env) => {
      const result = await runCoach('/today\n', { STORE_URL: 'sqlite://', ...env });
      expect(result.code).toBe(1);
      expect(plainLines(result.stderr)).toEqual([
        "Can't open the store at sqlite://: the file path is missing; write it after sqlite://, like sqlite://./data/study-coach.sqlite",
      ]);
    },
    20_000,
  );
});
