/**
 * Runs `work` over `items` with at most `size` in flight, in order of arrival. When one item
 * fails, no further item is started, `stopped()` turns true for the items in flight (so they can
 * end early), and the first error is thrown once they have all ended: nothing of the run goes on
 * behind the caller's back.
 */
export async function runPool<T>(items: readonly T[], size: number, work: (item: T, stopped: () => boolean) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const stopped = (): boolean => failure !== null;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length && !failure) {
      const item = items[next++] as T;
      try {
        await work(item, stopped);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(workers);
  if (failure) throw (failure as { error: unknown }).error;
}
