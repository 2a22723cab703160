/**
 * How many routes lead across a grid of `rows` by `cols` blocks from the
 * top-left corner to the bottom-right one, moving only right or down.
 */
export function routes(rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 1;
  return routes(rows - 1, cols) + routes(rows, cols - 1);
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
