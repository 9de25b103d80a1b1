import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../../src/app/caching/ttl-cache.js';

const at = (ms: number) => new Date(ms);

/** A load that counts its calls and resolves only when told to. */
function gatedLoad<V>(value: V) {
  let calls = 0;
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    load: async () => {
      calls += 1;
      await gate;
      return value;
    },
    open: () => open(),
    calls: () => calls,
  };
}

describe('TtlCache', () => {
  it('GIVEN 50 callers asking while the load runs THEN they share one load and its value', async () => {
    const cache = new TtlCache<string>(1_000, 10);
    const gated = gatedLoad('settings');
    const asks = Array.from({ length: 50 }, () => cache.get('g1', at(0), gated.load));
    gated.open();
    expect(await Promise.all(asks)).toEqual(Array.from({ length: 50 }, () => 'settings'));
    expect(gated.calls()).toBe(1);
  });

  it('GIVEN a kept value WHEN the TTL passes THEN the next ask loads again', async () => {
    const cache = new TtlCache<number>(1_000, 10);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', at(0), load)).toBe(1);
    expect(await cache.get('k', at(999), load)).toBe(1);
    expect(await cache.get('k', at(1_000), load)).toBe(2);
  });

  it('GIVEN a failed load THEN it is not kept: the next ask loads again', async () => {
    const cache = new TtlCache<string>(1_000, 10);
    await expect(cache.get('k', at(0), () => Promise.reject(new Error('store down')))).rejects.toThrow(
      'store down',
    );
    expect(await cache.get('k', at(1), async () => 'back')).toBe('back');
  });

  it('GIVEN a kept value WHEN deleted, or matched by deleteWhere THEN the next ask loads again', async () => {
    const cache = new TtlCache<string>(1_000, 10);
    await cache.get('a\n1', at(0), async () => 'old a1');
    await cache.get('a\n2', at(0), async () => 'old a2');
    await cache.get('b\n1', at(0), async () => 'old b1');
    cache.deleteWhere((key) => key.startsWith('a\n'));
    expect(await cache.get('a\n1', at(1), async () => 'new a1')).toBe('new a1');
    expect(await cache.get('a\n2', at(1), async () => 'new a2')).toBe('new a2');
    expect(await cache.get('b\n1', at(1), async () => 'new b1')).toBe('old b1');
    cache.delete('b\n1');
    expect(await cache.get('b\n1', at(2), async () => 'new b1')).toBe('new b1');
  });

  it('GIVEN a delete while a load runs THEN the load still answers its callers but is not kept', async () => {
    const cache = new TtlCache<string>(1_000, 10);
    const gated = gatedLoad('read before the write');
    const early = cache.get('k', at(0), gated.load);
    cache.delete('k');
    gated.open();
    expect(await early).toBe('read before the write');
    expect(await cache.get('k', at(1), async () => 'read after the write')).toBe('read after the write');
  });

  it('GIVEN more keys than it may keep THEN the oldest is dropped', async () => {
    const cache = new TtlCache<string>(60_000, 2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, at(0), async () => `first ${key}`);
    expect(await cache.get('a', at(1), async () => 'again a')).toBe('again a');
    expect(await cache.get('c', at(1), async () => 'again c')).toBe('first c');
  });

  it('GIVEN a TTL or size that is not positive THEN it throws as a bug', () => {
    expect(() => new TtlCache(0, 1)).toThrow(RangeError);
    expect(() => new TtlCache(1, 0)).toThrow(RangeError);
  });
});
