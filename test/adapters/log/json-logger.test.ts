import { describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../../src/adapters/log/json-logger.js';

describe('GIVEN a JSON logger that knows the secrets', () => {
  const token = 'MTIzNDU2Nzg5.bot-token.secret-part';
  const apiKey = 'sk-ant-test-0123456789';

  it('WHEN a context or message carries a secret THEN the line has it redacted', () => {
    const lines: string[] = [];
    const logger = createJsonLogger({
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
    const logger = createJsonLogger({ level: 'warn', write: (line) => lines.push(line), secrets: [] });
    logger.info('hello');
    logger.warn('careful');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('careful');
  });
});
