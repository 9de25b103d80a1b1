import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.js';
import { randomNamespace } from './store-test-support.js';

/** Where a contract run keeps its data. */
export interface StoreBacking {
  /** Opens a store; two opens with the same namespace behave like two processes sharing the backing. */
  open(namespace: string): Promise<Store>;
  /** The backend deletes expired keys itself (Redis): `sweepExpired` has nothing to do. */
  readonly expiresItself?: boolean;
  /** Removes whatever the backing itself left behind (temp folders); stores are already closed. */
  dispose?(): Promise<void>;
}

/** The behaviour every Store must have, run against `backing`. */
export function describeStoreContract(name: string, backing: () => StoreBacking): void {
  describe(`Store contract: ${name}`, () => {
    let opened: { namespace: string; store: Store; keys: Set<string> }[] = [];
    let currentBacking: StoreBacking | undefined;
    const useBacking = (): StoreBacking => (currentBacking ??= backing());

    // Every key a test touches is recorded, then deleted through a fresh store: the run leaves nothing behind.
    async function open(namespace = randomNamespace()): Promise<Store> {
      const store = await useBacking().open(namespace);
      const keys = new Set<string>();
      opened.push({ namespace, store, keys });
      const keyed =
        <A extends [string, ...unknown[]], R>(call: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          keys.add(args[0]);
          return call(...args);
        };
      return {
        get: keyed(store.get.bind(store)),
        getMany: async (asked) => {
          for (const key of asked) keys.add(key);
          return store.getMany(asked);
        },
        set: keyed(store.set.bind(store)),
        create: keyed(store.create.bind(store)),
        delete: keyed(store.delete.bind(store)),
        claim: keyed(store.claim.bind(store)),
        claimOwner: keyed(store.claimOwner.bind(store)),
        release: keyed(store.release.bind(store)),
        increment: keyed(store.increment.bind(store)),
        counter: keyed(store.counter.bind(store)),
        addToSet: keyed(store.addToSet.bind(store)),
        removeFromSet: keyed(store.removeFromSet.bind(store)),
        setMembers: keyed(store.setMembers.bind(store)),
        setMembersMany: async (asked) => {
          for (const key of asked) keys.add(key);
          return store.setMembersMany(asked);
        },
        rankSet: keyed(store.rankSet.bind(store)),
        rankRemove: keyed(store.rankRemove.bind(store)),
        rankTop: keyed(store.rankTop.bind(store)),
        rankUpTo: keyed(store.rankUpTo.bind(store)),
        rankCount: keyed(store.rankCount.bind(store)),
        rankScore: keyed(store.rankScore.bind(store)),
        sweepExpired: (limit) => store.sweepExpired(limit),
        close: () => store.close(),
      };
    }
    async function openPair(): Promise<[Store, Store]> {
      const namespace = randomNamespace();
      return [await open(namespace), await open(namespace)];
    }

    afterEach(async () => {
      const done = opened;
      opened = [];
      for (const { store } of done) await store.close();
      for (const namespace of new Set(done.map((entry) => entry.namespace))) {
        const cleaner = await useBacking().open(namespace);
        const keys = done
          .filter((entry) => entry.namespace === namespace)
          .flatMap((entry) => [...entry.keys]);
        for (const key of new Set(keys)) await cleaner.delete(key);
        await cleaner.close();
      }
    });
    afterAll(async () => {
      await currentBacking?.dispose?.();
    });

    it('GIVEN nothing stored WHEN reading a key THEN it is undefined', async () => {
      const store = await open();
      expect(await store.get('nothing')).toBeUndefined();
      expect(await store.claimOwner('nothing')).toBeUndefined();
      expect(await store.counter('nothing')).toBe(0);
      expect(await store.setMembers('nothing')).toEqual([]);
    });

    it('GIVEN JSON values WHEN set, read by another instance, then deleted THEN they round-trip and vanish', async () => {
      const [a, b] = await openPair();
      const value = { text: ':colon first', n: 1.5, ok: true, none: null, list: [1, 'two', { three: 3 }] };
      await a.set('learner:1', value);
      await a.set('plain', 'hello');
      await a.set('when', { at: new Date('2025-03-01T10:00:00.000Z') });
      expect(await b.get('learner:1')).toEqual(value);
      expect(await b.get('plain')).toBe('hello');
      expect(await b.get('when')).toEqual({ at: '2025-03-01T10:00:00.000Z' });
      await a.set('plain', 'replaced');
      expect(await b.get('plain')).toBe('replaced');
      await b.delete('learner:1');
      expect(await a.get('learner:1')).toBeUndefined();
    });

    it('GIVEN a kept proof file (2 MiB as base64, 2.8 MB of JSON) WHEN set and read by another instance THEN it round-trips', async () => {
      const [a, b] = await openPair();
      const bytes = Buffer.alloc(2 * 1024 * 1024, 'proof');
      const value = { v: 1, data: { name: 'dag.png', base64: bytes.toString('base64') } };
      await a.set('proof-file:learner:31-abc', value);
      const read = (await b.get('proof-file:learner:31-abc')) as typeof value;
      expect(Buffer.from(read.data.base64, 'base64').equals(bytes)).toBe(true);
    });

    it('GIVEN 50 reads at once, some absent, some repeated, some expired THEN each gets its own value', async () => {
      const store = await open();
      for (let i = 0; i < 40; i += 1) await store.set(`learner:${i}`, { n: i });
      await store.set('learner:expiring', { n: -1 }, 50);
      await sleep(120);
      const keys = [...Array.from({ length: 45 }, (_, i) => `learner:${i}`), 'learner:3', 'learner:expiring'];
      const values = await Promise.all(keys.map((key) => store.get(key)));
      expect(values).toEqual(
        keys.map((key, i) => (i < 40 ? { n: i } : key === 'learner:3' ? { n: 3 } : undefined)),
      );
    });

    it('GIVEN reads racing a write WHEN a read starts after the write finished THEN it sees the write', async () => {
      const [a, b] = await openPair();
      await a.set('record', { version: 1 });
      const early = Array.from({ length: 20 }, () => b.get('record'));
      await a.set('record', { version: 2 });
      const late = Array.from({ length: 20 }, () => b.get('record'));
      for (const value of await Promise.all(early))
        expect([1, 2]).toContain((value as { version: number }).version);
      expect(await Promise.all(late)).toEqual(Array.from({ length: 20 }, () => ({ version: 2 })));
    });

    it('GIVEN a value with a TTL WHEN the TTL passes THEN it is gone', async () => {
      const store = await open();
      // Margins wide enough for a loaded machine: the read right after the write must beat the TTL.
      await store.set('short', { v: 1 }, 1_000);
      await store.set('long', { v: 2 });
      expect(await store.get('short')).toEqual({ v: 1 });
      await sleep(1_100);
      expect(await store.get('short')).toBeUndefined();
      expect(await store.get('long')).toEqual({ v: 2 });
    });

    it('GIVEN 50 concurrent claims on one key WHEN they race THEN exactly one wins', async () => {
      const store = await open();
      const owners = Array.from({ length: 50 }, (_, i) => `owner-${i}`);
      const won = await Promise.all(owners.map((owner) => store.claim('lock', owner, 10_000)));
      const winners = owners.filter((_, i) => won[i]);
      expect(winners).toHaveLength(1);
      expect(await store.claimOwner('lock')).toBe(winners[0]);
    });

    it('GIVEN two instances on one backing WHEN 50 claims race across them THEN exactly one wins', async () => {
      const [a, b] = await openPair();
      const owners = Array.from({ length: 50 }, (_, i) => `owner-${i}`);
      const won = await Promise.all(
        owners.map((owner, i) => (i % 2 === 0 ? a : b).claim('lock', owner, 10_000)),
      );
      const winners = owners.filter((_, i) => won[i]);
      expect(winners).toHaveLength(1);
      expect(await a.claimOwner('lock')).toBe(winners[0]);
      expect(await b.claimOwner('lock')).toBe(winners[0]);
    });

    it('GIVEN a held claim WHEN someone else releases it THEN it stays; WHEN the owner does THEN it is free', async () => {
      const [a, b] = await openPair();
      expect(await a.claim('lock', 'alice')).toBe(true);
      expect(await b.release('lock', 'bob')).toBe(false);
      expect(await b.claimOwner('lock')).toBe('alice');
      expect(await b.claim('lock', 'bob')).toBe(false);
      expect(await b.release('lock', 'alice')).toBe(true);
      expect(await a.claimOwner('lock')).toBeUndefined();
      expect(await a.release('lock', 'alice')).toBe(false);
      expect(await b.claim('lock', 'bob')).toBe(true);
    });

    it('GIVEN a claim with a TTL WHEN the TTL passes THEN another owner can claim it', async () => {
      const [a, b] = await openPair();
      expect(await a.claim('lock', 'alice', 1_000)).toBe(true);
      expect(await b.claim('lock', 'bob', 1_000)).toBe(false);
      await sleep(1_100);
      expect(await a.claimOwner('lock')).toBeUndefined();
      expect(await a.release('lock', 'alice')).toBe(false);
      expect(await b.claim('lock', 'bob', 10_000)).toBe(true);
      expect(await a.claimOwner('lock')).toBe('bob');
    });

    it('GIVEN two instances WHEN 200 increments race across them THEN the total is exactly 200', async () => {
      const [a, b] = await openPair();
      const totals = await Promise.all(
        Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).increment('hits', 1, 60_000)),
      );
      expect([...totals].sort((x, y) => x - y)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(await a.counter('hits')).toBe(200);
      expect(await b.increment('hits', 5)).toBe(205);
      expect(await a.increment('hits', -10)).toBe(195);
    });

    it('GIVEN a counter with a TTL WHEN incremented later THEN it still expires TTL after it was created', async () => {
      const store = await open();
      expect(await store.increment('daily', 1, 1_500)).toBe(1);
      await sleep(900);
      expect(await store.increment('daily', 1, 1_500)).toBe(2);
      await sleep(700);
      expect(await store.counter('daily')).toBe(0);
      expect(await store.increment('daily', 3, 1_500)).toBe(3);
    });

    it('GIVEN a set WHEN members are added and removed twice THEN each step is idempotent', async () => {
      const [a, b] = await openPair();
      await a.addToSet('due', 'learner:2');
      await a.addToSet('due', 'learner:1');
      await b.addToSet('due', 'learner:1');
      expect(await b.setMembers('due')).toEqual(['learner:1', 'learner:2']);
      await a.removeFromSet('due', 'learner:2');
      await b.removeFromSet('due', 'learner:2');
      await b.removeFromSet('due', 'never-there');
      expect(await a.setMembers('due')).toEqual(['learner:1']);
      const many = Array.from({ length: 30 }, (_, i) => `m${String(i).padStart(2, '0')}`);
      await Promise.all(many.map((member, i) => (i % 2 === 0 ? a : b).addToSet('crowd', member)));
      expect(await a.setMembers('crowd')).toEqual(many);
    });

    it('GIVEN a value, claim, counter and set under one key WHEN the key is deleted THEN all are gone', async () => {
      const [a, b] = await openPair();
      await a.set('learner:9', { v: 1 });
      await a.claim('learner:9', 'alice');
      await a.increment('learner:9', 4);
      await a.addToSet('learner:9', 'x');
      await a.set('learner:10', { v: 2 });
      await b.delete('learner:9');
      expect(await a.get('learner:9')).toBeUndefined();
      expect(await a.claimOwner('learner:9')).toBeUndefined();
      expect(await a.counter('learner:9')).toBe(0);
      expect(await a.setMembers('learner:9')).toEqual([]);
      expect(await a.claim('learner:9', 'bob')).toBe(true);
      expect(await a.get('learner:10')).toEqual({ v: 2 });
    });

    it('GIVEN two namespaces on one backing WHEN both use the same keys THEN neither sees the other', async () => {
      const one = await open();
      const two = await open();
      await one.set('k', 'one');
      await two.set('k', 'two');
      expect(await one.claim('lock', 'alice')).toBe(true);
      expect(await two.claim('lock', 'bob')).toBe(true);
      await one.increment('n', 2);
      await two.increment('n', 7);
      await one.addToSet('s', 'a');
      await two.addToSet('s', 'b');
      await one.delete('k');
      expect(await two.get('k')).toBe('two');
      expect(await two.claimOwner('lock')).toBe('bob');
      expect(await one.counter('n')).toBe(2);
      expect(await two.counter('n')).toBe(7);
      expect(await one.setMembers('s')).toEqual(['a']);
      expect(await two.setMembers('s')).toEqual(['b']);
    });

    it('GIVEN values, absent and expired keys WHEN read with getMany THEN each comes back in its place', async () => {
      const [writer, reader] = await openPair();
      await writer.set('a', { n: 1 });
      await writer.set('b', 'two');
      await writer.set('gone', 3, 40);
      await sleep(120);

      expect(await reader.getMany(['b', 'missing', 'a', 'gone', 'a'])).toEqual([
        'two',
        undefined,
        { n: 1 },
        undefined,
        { n: 1 },
      ]);
      expect(await reader.getMany([])).toEqual([]);
    });

    it('GIVEN two instances WHEN 20 creates of one key race THEN exactly one stores its value, and it reads back', async () => {
      const [a, b] = await openPair();
      const wins = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).create('record', { by: i })),
      );

      expect(wins.filter(Boolean)).toHaveLength(1);
      expect(await b.get('record')).toEqual({ by: wins.indexOf(true) });
    });

    it('GIVEN a value WHEN created again THEN it is kept; GIVEN it expired or was deleted THEN create stores anew', async () => {
      const store = await open();
      await store.set('kept', 'first');
      expect(await store.create('kept', 'second')).toBe(false);
      expect(await store.get('kept')).toBe('first');

      await store.set('expiring', 'old', 40);
      await sleep(120);
      expect(await store.create('expiring', 'new')).toBe(true);
      expect(await store.get('expiring')).toBe('new');

      await store.delete('kept');
      expect(await store.create('kept', 'again')).toBe(true);
      expect(await store.get('kept')).toBe('again');
    });

    it('GIVEN several sets WHEN read together with setMembersMany THEN each comes back sorted in its place', async () => {
      const [writer, reader] = await openPair();
      for (const member of ['c', 'a', 'b']) await writer.addToSet('s1', member);
      await writer.addToSet('s3', 'z');

      expect(await reader.setMembersMany(['s3', 'none', 's1', 's3'])).toEqual([
        ['z'],
        [],
        ['a', 'b', 'c'],
        ['z'],
      ]);
      expect(await reader.setMembersMany([])).toEqual([]);
    });

    it('GIVEN a ranking WHEN members are set, moved and removed THEN top, ranges, counts and scores follow', async () => {
      const [writer, reader] = await openPair();
      await writer.rankSet('board', 'ann', 300_002);
      await writer.rankSet('board', 'bob', 5);
      await writer.rankSet('board', 'cy', 100_000);
      await writer.rankSet('board', 'dee', 0);
      await writer.rankSet('board', 'bob', 200_001);

      expect(await reader.rankTop('board', 3)).toEqual([
        { member: 'ann', score: 300_002 },
        { member: 'bob', score: 200_001 },
        { member: 'cy', score: 100_000 },
      ]);
      expect(await reader.rankUpTo('board', 100_000, 10)).toEqual([
        { member: 'dee', score: 0 },
        { member: 'cy', score: 100_000 },
      ]);
      expect(await reader.rankUpTo('board', 100_000, 1)).toEqual([{ member: 'dee', score: 0 }]);
      expect(await reader.rankCount('board')).toBe(4);
      expect(await reader.rankCount('board', 100_000)).toBe(2);
      expect(await reader.rankScore('board', 'bob')).toBe(200_001);
      expect(await reader.rankScore('board', 'zed')).toBeUndefined();

      await writer.rankRemove('board', 'ann');
      expect(await reader.rankTop('board', 1)).toEqual([{ member: 'bob', score: 200_001 }]);
      await writer.delete('board');
      expect(await reader.rankCount('board')).toBe(0);
      expect(await reader.rankTop('board', 5)).toEqual([]);
    });

    it('GIVEN expired and live values, claims and counters WHEN swept THEN the expired ones go, in batches, and the live ones stay', async () => {
      const store = await open();
      await store.set('gone', 1, 40);
      await store.set('gone-too', 2, 40);
      await store.claim('lock', 'alice', 40);
      await store.increment('n', 1, 40);
      await store.set('kept', 'v');
      await store.set('later', 'w', 60_000);
      await store.claim('held', 'bob', 60_000);
      await store.increment('m', 2, 60_000);
      await sleep(120);

      const expected = useBacking().expiresItself === true ? [0, 0] : [3, 1];
      expect([await store.sweepExpired(1), await store.sweepExpired(100)]).toEqual(expected);
      expect(await store.sweepExpired(100)).toBe(0);
      expect(await store.getMany(['gone', 'kept', 'later'])).toEqual([undefined, 'v', 'w']);
      expect([await store.claimOwner('held'), await store.counter('m')]).toEqual(['bob', 2]);
      expect(await store.claim('lock', 'carol')).toBe(true);
    });

    it('GIVEN a closed store WHEN it is used THEN every call throws rather than answering', async () => {
      const store = await open();
      await store.set('k', 1);
      await store.close();
      await expect(store.get('k')).rejects.toThrow();
      await expect(store.set('k', 2)).rejects.toThrow();
      await expect(store.claim('lock', 'alice')).rejects.toThrow();
      await expect(store.increment('n', 1)).rejects.toThrow();
      await expect(store.setMembers('s')).rejects.toThrow();
      await store.close();
    });

    it('GIVEN a bad TTL or a fractional step WHEN used THEN it throws as a bug', async () => {
      const store = await open();
      await expect(store.set('k', 1, 0)).rejects.toThrow(RangeError);
      await expect(store.claim('lock', 'alice', -5)).rejects.toThrow(RangeError);
      await expect(store.increment('n', 0.5)).rejects.toThrow(RangeError);
    });
  });
}
