/**
 * `console.table` as plain text, laid out like Node's (box-drawing borders,
 * left-aligned cells, an `(index)` column and a `Values` column for primitives).
 */
import { inspect } from "./console-format.ts";

type Row = { index: string; cells: Map<string, string>; value?: string };

/** Returns the table text, or undefined when `data` is not tabular (Node then logs it plainly). */
export function formatTable(data: unknown, columns?: readonly string[]): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const cell = (value: unknown): string => inspect(value, { depth: 0 });
  let indexHeader = "(index)";
  const rows: Row[] = [];
  const addRow = (index: string, value: unknown, key?: string): void => {
    const cells = new Map<string, string>(key === undefined ? [] : [["Key", key]]);
    // Like Node, only the rows of an array or object are spread into columns, not a Map's or Set's.
    const spread = indexHeader === "(index)" && typeof value === "object" && value !== null;
    if (spread && !(value instanceof Date)) {
      const entries = value instanceof Map ? [...value] : Object.entries(value);
      for (const [key, item] of entries) cells.set(String(key), cell(item));
      rows.push({ index, cells });
    } else {
      rows.push({ index, cells, value: cell(value) });
    }
  };
  if (data instanceof Map) {
    indexHeader = "(iteration index)";
    let i = 0;
    for (const [key, value] of data) addRow(String(i++), value, cell(key));
  } else if (data instanceof Set) {
    indexHeader = "(iteration index)";
    let i = 0;
    for (const value of data) addRow(String(i++), value);
  } else {
    for (const [key, value] of Object.entries(data)) addRow(key, value);
  }
  const keys = columns ? [...columns] : unionOfKeys(rows);
  const header = [indexHeader, ...keys];
  const hasValues = !columns && rows.some((row) => row.value !== undefined);
  if (hasValues) header.push("Values");
  const body = rows.map((row) => [
    row.index,
    ...keys.map((key) => row.cells.get(key) ?? ""),
    ...(hasValues ? [row.value ?? ""] : []),
  ]);
  return render(header, body);
}

function unionOfKeys(rows: Row[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of row.cells.keys()) keys.add(key);
  return [...keys];
}

function render(header: string[], body: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? "").length)),
  );
  const line = (left: string, middle: string, right: string): string =>
    left + widths.map((width) => "─".repeat(width + 2)).join(middle) + right;
  const row = (cells: string[]): string =>
    `│${cells.map((text, column) => ` ${text.padEnd(widths[column] ?? 0)} `).join("│")}│`;
  return [line("┌", "┬", "┐"), row(header), line("├", "┼", "┤"), ...body.map(row), line("└", "┴", "┘")].join("\n");
}
