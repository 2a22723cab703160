import { render } from "./thumbnails";

/**
 * Calls `fn` on every item with at most `limit` calls in flight at once;
 * resolves to the results in the order of `items`.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  // `limit` workers, each taking the next unclaimed item as soon as its own
  // call ends. Claiming `next` happens between awaits, so on the single JS
  // thread no two workers can take the same index.
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()));
  return results;
}

async function main(): Promise<void> {
  const started = performance.now();
  const thumbs = await mapLimit(["sun", "moon", "star", "comet"], 2, render);
  console.log(thumbs);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.main) {
  await main();
}
