/**
 * Runs `work` over `items` with at most `size` calls in flight; resolves when all settle.
 * The first rejection is rethrown after every started call has finished. Once `signal` is
 * aborted no further item is started; the calls already started finish.
 */
export async function runPool<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async (): Promise<void> => {
    while (next < items.length && failure === null && signal?.aborted !== true) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
}

/**
 * As {@link runPool}, over items that arrive in batches: work starts with the first batch,
 * and the next batch is read while the last items of the one before are still being worked
 * on, one read at a time. A failed read is rethrown like a failed call, after the calls
 * already started have finished.
 */
export async function runPoolOver<T>(
  batches: AsyncIterable<readonly T[]>,
  size: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const source = batches[Symbol.asyncIterator]();
  const queue: T[] = [];
  let head = 0;
  let exhausted = false;
  let reading: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;

  const read = (): Promise<void> =>
    (reading ??= source
      .next()
      .then(
        (next) => {
          if (next.done === true) exhausted = true;
          else queue.push(...next.value);
        },
        (error: unknown) => {
          failure ??= { error };
          exhausted = true;
        },
      )
      .finally(() => (reading = null)));

  const take = async (): Promise<{ item: T } | null> => {
    for (;;) {
      if (failure !== null || signal?.aborted === true) return null;
      if (head < queue.length) {
        const item = queue[head++] as T;
        // Read ahead while the workers still have items, so none waits on the store.
        if (queue.length - head < size && !exhausted) void read();
        return { item };
      }
      if (exhausted) return null;
      await read();
    }
  };

  const worker = async (): Promise<void> => {
    for (let next = await take(); next !== null; next = await take()) {
      try {
        await work(next.item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, size) }, worker));
  if (!exhausted) await source.return?.();
  if (failure !== null) throw (failure as { error: unknown }).error;
}
