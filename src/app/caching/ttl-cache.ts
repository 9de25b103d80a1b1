/**
 * A small per-process cache of loads, each kept for `ttlMs`. Callers that ask for a key while
 * it loads share the one load, so a burst of commands costs one store read. A failed load is
 * not kept. Time comes in as data, so tests drive it with their clock.
 *
 * Only for reads whose staleness the caller can bound: on a shared store another process may
 * write meanwhile, and this process sees it after at most `ttlMs` (or at once after `delete`).
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { readonly value: Promise<V>; readonly expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    /** Past this many keys the oldest is dropped: a bound on memory, not an eviction policy. */
    private readonly maxEntries: number,
  ) {
    if (!(ttlMs > 0) || !(maxEntries > 0)) throw new RangeError('ttlMs and maxEntries must be > 0');
  }

  /** The value kept for `key`, or what `load` gives (kept from now for `ttlMs`). */
  get(key: string, now: Date, load: () => Promise<V>): Promise<V> {
    const kept = this.entries.get(key);
    if (kept !== undefined && kept.expiresAt > now.getTime()) return kept.value;
    this.entries.delete(key);
    const value = load();
    const entry = { value, expiresAt: now.getTime() + this.ttlMs };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets `key`: the next `get` loads again. Call it after this process writes what `key` reads. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Forgets every key `matches` accepts. */
  deleteWhere(matches: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (matches(key)) this.entries.delete(key);
  }
}
