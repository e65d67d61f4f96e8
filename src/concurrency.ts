/** Runs `fn` over `items` with at most `limit` in flight (file system calls overlap in libuv's pool). */
export async function eachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length && !failed) {
      const item = items[next++] as T;
      await fn(item).catch((err: unknown) => {
        failed = true; // the others take no new item
        throw err;
      });
    }
  });
  // All workers stop before an error is passed on: a failed build cleans up only once nothing writes any more.
  const settled = await Promise.allSettled(workers);
  const first = settled.find((r) => r.status === 'rejected');
  if (first) throw first.reason;
}
