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
