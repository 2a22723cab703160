/**
 * The reference route count, deliberately unmemoised: the harness's baseline.
 * Routes from one corner of a grid to the opposite one, moving only right or down.
 */
export function slowRoutes(rows: number, cols: number): number {
  if (rows === 0 || cols === 0) return 1;
  return slowRoutes(rows - 1, cols) + slowRoutes(rows, cols - 1);
}
