import { describe, expect, it } from 'vitest';
import { groupCommits } from '../../../src/adapters/store/sqlite-group-commit.js';

/** A connection that logs every statement and answers each after a turn of the event loop. */
function loggingConnection(failing: ReadonlySet<string> = new Set()) {
  const log: string[] = [];
  const query = async (sql: string) => {
    log.push(sql);
    await new Promise((resolve) => setImmediate(resolve));
    if (failing.has(sql)) throw new Error(`failed: ${sql}`);
    return [{ sql }];
  };
  return { log, query };
}

describe('GIVEN writes arriving while one runs', () => {
  it('WHEN 5 come at once THEN the first runs alone and the other 4 share one transaction, each caller getting its own rows', async () => {
    const { log, query } = loggingConnection();
    const grouped = groupCommits(query);

    const rows = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((sql) => grouped(sql)));

    expect(rows).toEqual(['a', 'b', 'c', 'd', 'e'].map((sql) => [{ sql }]));
    expect(log).toEqual(['a', 'BEGIN IMMEDIATE', 'b', 'c', 'd', 'e', 'COMMIT']);
  });

  it('WHEN one statement of a group fails THEN only its caller sees the error and the rest commit', async () => {
    const { log, query } = loggingConnection(new Set(['c']));
    const grouped = groupCommits(query);

    const settled = await Promise.allSettled(['a', 'b', 'c', 'd'].map((sql) => grouped(sql)));

    expect(settled.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(log.at(-1)).toBe('COMMIT');
  });

  it('WHEN the group cannot commit THEN it is rolled back and every caller in it sees the error, none before', async () => {
    const { log, query } = loggingConnection(new Set(['COMMIT']));
    const grouped = groupCommits(query);

    const settled = await Promise.allSettled(['a', 'b', 'c'].map((sql) => grouped(sql)));

    expect(settled.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(log.at(-1)).toBe('ROLLBACK');
  });
});
