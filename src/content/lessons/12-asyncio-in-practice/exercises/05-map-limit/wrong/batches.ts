export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  // Batches respect the limit, but every batch waits for its slowest item
  // while the other slot sits idle.
  for (let first = 0; first < items.length; first += limit) {
    results.push(...(await Promise.all(items.slice(first, first + limit).map(fn))));
  }
  return results;
}

if (import.meta.main) {
  console.log(await mapLimit([1, 2, 3], 2, async (n) => n * 2));
}
