import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/adapters/log/logger.js';

describe('GIVEN the pino logger that knows the secrets', () => {
  const token = 'MTIzNDU2Nzg5.bot-token.secret-part';
  const apiKey = 'sk-ant-test-0123456789';

  it('WHEN a context or message carries a secret THEN the line has it redacted', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      write: (line) => lines.push(line),
      secrets: [token, apiKey],
    });
    logger.error(`login failed with ${token}`, {
      error: new Error(`bad key ${apiKey}`),
      url: `x?key=${apiKey}`,
    });
    const written = lines.join('');
    expect(written).not.toContain(token);
    expect(written).not.toContain(apiKey);
    expect(written).toContain('[redacted]');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'error', error: { name: 'Error' } });
  });

  it('WHEN the level is warn THEN info lines are dropped', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line), secrets: [] });
    logger.info('hello');
    logger.warn('careful');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('careful');
  });

  it('WHEN a context holds credentials by name THEN they are redacted whatever their value', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line), secrets: [] });
    logger.warn('store opened', { token: 'short', store: { password: 'hunter2', host: 'db' } });
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'warn',
      message: 'store opened',
      token: '[redacted]',
      store: { password: '[redacted]', host: 'db' },
    });
  });

  it('WHEN a line is written THEN it has the same fields as before: time, level, message, then the context', () => {
    const lines: string[] = [];
    const now = () => new Date('2026-06-01T09:00:00Z');
    const logger = createLogger({ level: 'info', write: (line) => lines.push(line), secrets: [], now });
    logger.info('daily post sent', { guildId: 'g1' });
    expect(JSON.parse(lines[0] ?? '{}')).toEqual({
      time: '2026-06-01T09:00:00.000Z',
      level: 'info',
      message: 'daily post sent',
      guildId: 'g1',
    });
  });

  it('WHEN pretty (a terminal) THEN one readable line per entry, secrets still scrubbed', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      write: (line) => lines.push(line),
      secrets: [token],
      pretty: true,
    });
    logger.warn(`gateway closed for ${token}`);
    const written = lines.join('');
    expect(written).toContain('gateway closed for [redacted]');
    expect(written).not.toContain(token);
    expect(() => JSON.parse(written)).toThrow();
  });
});
