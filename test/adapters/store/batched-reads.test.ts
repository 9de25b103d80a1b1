import { describe, expect, it } from 'vitest';
import { batchedReads } from '../../../src/adapters/store/store-support.js';

/** A backing map read through batchedReads, recording each query it receives and holding it until told. */
function backing(values: Record<string, unknown>) {
  const data = new Map(Object.entries(values));
  const queries: string[][] = [];
  const held: (() => void)[] = [];
  const hold = () => new Promise<void>((resolve) => held.push(resolve));
  let failNext = false;
  const read = async (keys: string[]) => {
    queries.push(keys);
    await hold();
    if (failNext) {
      failNext = false;
      throw new Error('database is locked');
    }
    return keys.map((key) => data.get(key));
  };
  const get = batchedReads(
    async (key) => (await read([key]))[0],
    (keys) => read(keys),
  );
  return {
    get,
    data,
    queries,
    failNextQuery: () => void (failNext = true),
    /** Lets every query received so far answer, then waits for the batch that follows to be sent. */
    async release() {
      for (const resolve of held.splice(0)) resolve();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('batchedReads', () => {
  it('GIVEN one read THEN one single-key query answers it', async () => {
    const store = backing({ a: 1 });
    const read = store.get('a');
    await settle();
    await store.release();
    expect(await read).toBe(1);
    expect(store.queries).toEqual([['a']]);
  });

  it('GIVEN 50 reads asked together, some repeated, some absent THEN one query answers each with its own value', async () => {
    const store = backing(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, { n: i }])));
    const keys = [...Array.from({ length: 45 }, (_, i) => `k${i}`), 'k1', 'k2', 'k3', 'k4', 'k5'];
    const reads = keys.map((key) => store.get(key));
    await settle();
    await store.release();
    const values = await Promise.all(reads);
    expect(values).toEqual(
      keys.map((key) => (Number(key.slice(1)) < 40 ? { n: Number(key.slice(1)) } : undefined)),
    );
    expect(store.queries).toHaveLength(1);
    expect(store.queries[0]).toHaveLength(45);
  });

  it('GIVEN a read asked while a query runs THEN it waits for the next query, which sees a write made meanwhile', async () => {
    const store = backing({ a: 'old' });
    const first = store.get('a');
    await settle();
    const second = store.get('a');
    store.data.set('a', 'new');
    await store.release();
    expect(await first).toBe('new');
    await store.release();
    expect(await second).toBe('new');
    expect(store.queries).toEqual([['a'], ['a']]);
  });

  it('GIVEN a query that fails THEN its reads reject, and the reads after it are answered', async () => {
    const store = backing({ a: 1, b: 2 });
    store.failNextQuery();
    const failed = [store.get('a'), store.get('b')];
    const failures = failed.map((read) => read.catch((error: Error) => error.message));
    await settle();
    const later = store.get('b');
    await store.release();
    expect(await Promise.all(failures)).toEqual(['database is locked', 'database is locked']);
    await store.release();
    expect(await later).toBe(2);
  });

  it('GIVEN more reads than one batch may hold THEN they go out in batches of at most 100', async () => {
    const store = backing({});
    const reads = Array.from({ length: 250 }, (_, i) => store.get(`k${i}`));
    await settle();
    for (let i = 0; i < 3; i += 1) await store.release();
    await Promise.all(reads);
    expect(store.queries.map((keys) => keys.length)).toEqual([100, 100, 50]);
  });
});
