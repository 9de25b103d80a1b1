import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/store/memory-store.js';
import { closable } from '../../../src/adapters/store/store-support.js';
import type { Store } from '../../../src/app/ports.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('memory', () => {
  // One store per namespace plays the shared server; each open gets its own closable handle.
  const shared = new Map<string, Store>();
  return {
    async open(namespace) {
      const store = shared.get(namespace) ?? createMemoryStore();
      shared.set(namespace, store);
      return closable({ ...store, close: async () => undefined });
    },
  };
});

describe('createMemoryStore with an injected clock', () => {
  it('GIVEN a fixed clock WHEN time is moved past each TTL THEN value, claim and counter expire', async () => {
    let now = 1_000;
    const store = createMemoryStore({ now: () => now });
    await store.set('k', 'v', 100);
    await store.claim('lock', 'alice', 100);
    await store.increment('n', 1, 100);
    now += 99;
    expect([await store.get('k'), await store.claimOwner('lock'), await store.counter('n')]).toEqual([
      'v',
      'alice',
      1,
    ]);
    now += 1;
    expect([await store.get('k'), await store.claimOwner('lock'), await store.counter('n')]).toEqual([
      undefined,
      undefined,
      0,
    ]);
    expect(await store.claim('lock', 'bob')).toBe(true);
  });

  it('GIVEN a stored object WHEN the caller mutates it afterwards THEN the store keeps its own copy', async () => {
    const store = createMemoryStore();
    const value = { list: [1] };
    await store.set('k', value);
    value.list.push(2);
    const read = (await store.get('k')) as { list: number[] };
    read.list.push(3);
    expect(await store.get('k')).toEqual({ list: [1] });
  });
});
