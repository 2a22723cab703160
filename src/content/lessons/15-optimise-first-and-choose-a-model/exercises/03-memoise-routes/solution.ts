// One cache for every call, keyed by both arguments. The separator matters:
// without it, (1, 12) and (11, 2) would both become "112".
const cache = new Map<string, number>();

/**
 * How many routes lead across a grid of `rows` by `cols` blocks from the
 * top-left corner to the bottom-right one, moving only right or down.
 */
export function routes(rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 1;
  const key = `${rows},${cols}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const count = routes(rows - 1, cols) + routes(rows, cols - 1);
  cache.set(key, count);
  return count;
}

function main(): void {
  for (const size of [8, 11, 13]) {
    const started = performance.now();
    const count = routes(size, size);
    console.log(`routes(${size}, ${size}) = ${count} in ${(performance.now() - started).toFixed(1)} ms`);
  }
}

if (import.meta.main) {
  main();
}
