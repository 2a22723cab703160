export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      // Pushed as each call ends: the results come out in finish order.
      results.push(await fn(item));
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()));
  return results;
}

if (import.meta.main) {
  console.log(await mapLimit([1, 2, 3], 2, async (n) => n * 2));
}
