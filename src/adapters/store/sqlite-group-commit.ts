/** A query on the store's one SQLite connection (the adapter's `query`). */
export type SqliteQuery = (sql: string, ...params: unknown[]) => Promise<unknown>;

interface Waiting {
  readonly sql: string;
  readonly params: unknown[];
  readonly resolve: (rows: unknown) => void;
  readonly reject: (error: unknown) => void;
}

const MAX_GROUP = 200;

/**
 * Group commit: statements asked for while one runs go out together, in one transaction,
 * when it ends. On SQLite every commit is a sync to disk; under a burst (50 newcomers' first
 * /today, a DM fan-out's claims) that sync, not the statements, is the cost, and each
 * write waited for every one before it. A lone statement runs as before, in its own commit.
 *
 * Every caller hears back only once its statement is committed, so nothing is acted on
 * (a DM sent after its claim) before it is on disk. A statement that fails inside a group
 * changes nothing (SQLite undoes one statement) and only its caller sees the error; a group
 * that cannot commit is rolled back and every caller in it sees the error.
 */
export function groupCommits(query: SqliteQuery): SqliteQuery {
  const waiting: Waiting[] = [];
  let running = false;

  const runGroup = async (group: Waiting[]): Promise<void> => {
    const outcomes: ({ rows: unknown } | { error: unknown })[] = [];
    try {
      await query('BEGIN IMMEDIATE');
      for (const { sql, params } of group) {
        outcomes.push(
          await query(sql, ...params).then(
            (rows) => ({ rows }),
            (error: unknown) => ({ error }),
          ),
        );
      }
      await query('COMMIT');
    } catch (error) {
      await query('ROLLBACK').catch(() => undefined);
      for (const waiter of group) waiter.reject(error);
      return;
    }
    group.forEach((waiter, index) => {
      const outcome = outcomes[index];
      if (outcome !== undefined && 'rows' in outcome) waiter.resolve(outcome.rows);
      else waiter.reject(outcome?.error);
    });
  };

  const flush = async (): Promise<void> => {
    if (running || waiting.length === 0) return;
    running = true;
    const group = waiting.splice(0, MAX_GROUP);
    try {
      const only = group.length === 1 ? group[0] : undefined;
      if (only !== undefined) await query(only.sql, ...only.params).then(only.resolve, only.reject);
      else await runGroup(group);
    } finally {
      running = false;
      void flush();
    }
  };

  return (sql, ...params) =>
    new Promise((resolve, reject) => {
      waiting.push({ sql, params, resolve, reject });
      void flush();
    });
}
