import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import type { Logger } from '../../../src/app/ports.js';
import {
  readRecord,
  withLease,
  writeRecord,
  type RecordVersioning,
} from '../../../src/app/storage/versioned-records.js';

const ProfileSchema = z.object({ name: z.string(), streak: z.number().int() });
const NOW = new Date('2025-03-01T10:15:30.250Z');
const QUARANTINE_KEY = 'quarantine:learner:1:profile:20250301T101530.250Z';

function recordingLogger(): Logger & {
  readonly errors: { message: string; context: Record<string, unknown> }[];
} {
  const errors: { message: string; context: Record<string, unknown> }[] = [];
  return {
    errors,
    info: () => undefined,
    warn: () => undefined,
    error: (message, context = {}) => errors.push({ message, context }),
  };
}

describe('readRecord / writeRecord', () => {
  it('GIVEN a written record WHEN read THEN the same value comes back in a versioned envelope', async () => {
    const store = createMemoryStore();
    await writeRecord(store, 'learner:1:profile', 1, { name: 'Ada', streak: 3 });
    const read = await readRecord(store, 'learner:1:profile', ProfileSchema, recordingLogger(), NOW);
    expect(read).toEqual({ kind: 'found', value: { name: 'Ada', streak: 3 } });
    expect(await store.get('learner:1:profile')).toEqual({ v: 1, data: { name: 'Ada', streak: 3 } });
  });

  it('GIVEN no record WHEN read THEN it is missing and nothing is logged', async () => {
    const logger = recordingLogger();
    const read = await readRecord(createMemoryStore(), 'learner:1:profile', ProfileSchema, logger, NOW);
    expect(read).toEqual({ kind: 'missing' });
    expect(logger.errors).toEqual([]);
  });

  it.each([
    ['data that fails the schema', { v: 1, data: { name: 'Ada', streak: 'three' } }, /streak/],
    ['a value without an envelope', { name: 'Ada', streak: 3 }, /at v/],
    ['a bare string', 'garbage', /expected object/],
  ])(
    'GIVEN %s WHEN read THEN it is quarantined, reported and its key freed; other keys stay',
    async (_, stored, issue) => {
      const store = createMemoryStore();
      const logger = recordingLogger();
      await store.set('learner:1:profile', stored);
      await writeRecord(store, 'learner:1:progress', 1, { name: 'other', streak: 1 });
      await store.addToSet('learners', 'learner:1');

      const read = await readRecord(store, 'learner:1:profile', ProfileSchema, logger, NOW);

      expect(read).toEqual({ kind: 'corrupt', quarantineKey: QUARANTINE_KEY });
      expect(await store.get(QUARANTINE_KEY)).toEqual(stored);
      expect(await store.get('learner:1:profile')).toBeUndefined();
      expect(await store.get('learner:1:progress')).toEqual({ v: 1, data: { name: 'other', streak: 1 } });
      expect(await store.setMembers('learners')).toEqual(['learner:1']);
      expect(logger.errors).toHaveLength(1);
      expect(logger.errors[0]?.context).toMatchObject({
        key: 'learner:1:profile',
        quarantineKey: QUARANTINE_KEY,
      });
      expect(String(logger.errors[0]?.context['issues'])).toMatch(issue);
      expect(await readRecord(store, 'learner:1:profile', ProfileSchema, logger, NOW)).toEqual({
        kind: 'missing',
      });
    },
  );

  it('GIVEN a record from a newer version WHEN read THEN it is quarantined as an unknown version', async () => {
    const store = createMemoryStore();
    const logger = recordingLogger();
    await writeRecord(store, 'learner:1:profile', 3, { name: 'Ada', streak: 3 });
    const read = await readRecord(store, 'learner:1:profile', ProfileSchema, logger, NOW, { current: 2 });
    expect(read).toEqual({ kind: 'corrupt', quarantineKey: QUARANTINE_KEY });
    expect(logger.errors[0]?.message).toMatch(/unknown version/);
    expect(logger.errors[0]?.context).toMatchObject({ key: 'learner:1:profile', version: 3, expected: 2 });
  });

  it('GIVEN an older version and no migration WHEN read THEN it is quarantined as an unknown version', async () => {
    const store = createMemoryStore();
    await writeRecord(store, 'learner:1:profile', 1, { name: 'Ada', streak: 3 });
    const read = await readRecord(store, 'learner:1:profile', ProfileSchema, recordingLogger(), NOW, {
      current: 2,
    });
    expect(read.kind).toBe('corrupt');
  });

  it('GIVEN an older version and a migration WHEN read THEN the migrated value is found', async () => {
    const store = createMemoryStore();
    const versioning: RecordVersioning = {
      current: 2,
      migrate: (from, data) =>
        from === 1 ? { name: (data as { fullName: string }).fullName, streak: 0 } : undefined,
    };
    await writeRecord(store, 'learner:1:profile', 1, { fullName: 'Ada Lovelace' });
    const read = await readRecord(
      store,
      'learner:1:profile',
      ProfileSchema,
      recordingLogger(),
      NOW,
      versioning,
    );
    expect(read).toEqual({ kind: 'found', value: { name: 'Ada Lovelace', streak: 0 } });
  });

  it('GIVEN a migration that throws WHEN read THEN the record is quarantined, not crashed on', async () => {
    const store = createMemoryStore();
    const logger = recordingLogger();
    const versioning: RecordVersioning = {
      current: 2,
      migrate: () => {
        throw new Error('boom');
      },
    };
    await writeRecord(store, 'learner:1:profile', 1, {});
    const read = await readRecord(store, 'learner:1:profile', ProfileSchema, logger, NOW, versioning);
    expect(read.kind).toBe('corrupt');
    expect(logger.errors[0]?.context['why']).toMatch(/boom/);
  });
});

describe('withLease', () => {
  it('GIVEN 10 concurrent callers WHEN each runs under one lease THEN their bodies never overlap', async () => {
    const store = createMemoryStore();
    let inside = 0;
    let most = 0;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        withLease(
          store,
          'lease:learner:1',
          10_000,
          async () => {
            inside += 1;
            most = Math.max(most, inside);
            await new Promise((resolve) => setTimeout(resolve, 5));
            inside -= 1;
            return i;
          },
          { attempts: 200, backoffMs: 2 },
        ),
      ),
    );
    expect(most).toBe(1);
    expect(results.map((result) => result.kind)).toEqual(Array(10).fill('ok'));
    expect(await store.claimOwner('lease:learner:1')).toBeUndefined();
  });

  it('GIVEN a lease held by someone else WHEN retries run out THEN the result is busy and fn never ran', async () => {
    const store = createMemoryStore();
    await store.claim('lease:learner:1', 'other process', 10_000);
    let ran = false;
    const result = await withLease(
      store,
      'lease:learner:1',
      1_000,
      async () => {
        ran = true;
      },
      { attempts: 3, backoffMs: 1 },
    );
    expect(result).toEqual({ kind: 'busy' });
    expect(ran).toBe(false);
    expect(await store.claimOwner('lease:learner:1')).toBe('other process');
  });

  it('GIVEN a lease that is released shortly WHEN retrying THEN the caller gets it', async () => {
    const store = createMemoryStore();
    await store.claim('lease:learner:1', 'other process', 30);
    const result = await withLease(store, 'lease:learner:1', 1_000, async () => 'done');
    expect(result).toEqual({ kind: 'ok', value: 'done' });
  });

  it('GIVEN fn throws WHEN run under a lease THEN the error surfaces and the lease is released', async () => {
    const store = createMemoryStore();
    await expect(
      withLease(store, 'lease:learner:1', 1_000, async () => {
        throw new Error('bug');
      }),
    ).rejects.toThrow('bug');
    expect(await store.claimOwner('lease:learner:1')).toBeUndefined();
  });

  it('GIVEN the lease expired and was taken over WHEN fn finishes THEN the new owner keeps it', async () => {
    let now = 0;
    const store = createMemoryStore({ now: () => now });
    const result = await withLease(store, 'lease:learner:1', 100, async () => {
      now += 150;
      expect(await store.claim('lease:learner:1', 'newcomer', 1_000)).toBe(true);
      return 'late';
    });
    expect(result).toEqual({ kind: 'ok', value: 'late' });
    expect(await store.claimOwner('lease:learner:1')).toBe('newcomer');
  });
});
