import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

describe('GIVEN the environment', () => {
  it('WHEN nothing is set THEN the console defaults apply', () => {
    const result = parseConfig({});
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.config.DISCORD_TOKEN).toBeUndefined();
    expect(result.config.STORE_URL).toBe('sqlite://./data/study-coach.sqlite');
    expect(result.config.CURRICULUM_FILE).toBe('curriculum/days-31-60-spark-airflow.md');
    expect(result.config.COACH_TIMEOUT_MS).toBeLessThanOrEqual(60_000);
  });

  it('WHEN variables are empty strings THEN they count as unset', () => {
    const result = parseConfig({ DISCORD_TOKEN: '', ANTHROPIC_API_KEY: '  ', LEARNER_TIMEZONE: '' });
    expect(result).toMatchObject({
      kind: 'ok',
      config: { DISCORD_TOKEN: undefined, ANTHROPIC_API_KEY: undefined },
    });
  });

  it('WHEN several values are wrong THEN every problem is listed in one message', () => {
    const result = parseConfig({
      STORE_URL: 'mysql://x',
      COACH_TIMEOUT_MS: '120000',
      LEARNER_TIMEZONE: 'Mars/Olympus',
      STORE_NAMESPACE: 'a:b',
    });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    for (const name of ['STORE_URL', 'COACH_TIMEOUT_MS', 'LEARNER_TIMEZONE', 'STORE_NAMESPACE']) {
      expect(result.message).toContain(name);
    }
  });
});
