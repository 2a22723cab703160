/**
 * A small, browser-safe stand-in for Node's `util.inspect` and `util.format`,
 * so that `console.log` prints the same text in the course as in a terminal.
 * It follows Node's layout rules closely but not exactly (no column grouping
 * of long number arrays).
 */

export interface FormatOptions {
  /** How deep nested objects are shown before `[Object]` (Node's default is 2). */
  depth?: number;
  /** Renders a top-level error; defaults to its `stack`. */
  describeError?: (error: Error) => string;
}

const BREAK_LENGTH = 80;
const MAX_ARRAY_ITEMS = 100;
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** Formats `console.log` arguments: printf-style `%s %d %i %f %j %o %O %c %%` in a leading string, then the rest. */
export function formatLogArgs(args: readonly unknown[], options: FormatOptions = {}): string {
  const [first, ...rest] = args;
  if (typeof first !== "string") return args.map((arg) => formatTopLevel(arg, options)).join(" ");
  let index = 0;
  const head = first.replace(/%([sdifjoOc%])/g, (whole, letter: string) => {
    if (letter === "%") return "%";
    if (index >= rest.length) return whole;
    const value = rest[index++];
    switch (letter) {
      case "s":
        return typeof value === "string" ? value : inspect(value, { ...options, depth: 0 });
      case "d":
      case "i": {
        if (typeof value === "bigint") return `${value}n`;
        const number = Number(value);
        return String(letter === "i" ? Math.trunc(number) : number);
      }
      case "f":
        return String(Number.parseFloat(String(value)));
      case "j":
        return safeJson(value);
      case "c":
        return "";
      default:
        return inspect(value, { ...options, depth: letter === "o" ? 4 : (options.depth ?? 2) });
    }
  });
  return [head, ...rest.slice(index).map((arg) => formatTopLevel(arg, options))].join(" ");
}

function formatTopLevel(value: unknown, options: FormatOptions): string {
  return typeof value === "string" ? value : inspect(value, options);
}

function safeJson(value: unknown): string {
  try {
    // JSON.stringify returns undefined for undefined, functions and symbols, whatever its type says.
    const json = JSON.stringify(value) as string | undefined;
    return json ?? "undefined";
  } catch {
    return "[Circular]";
  }
}

/** Renders any value the way Node's `util.inspect` does with default options. */
export function inspect(value: unknown, options: FormatOptions = {}): string {
  return new Inspector(options).render(value, 0, "");
}

class Inspector {
  private readonly seen: object[] = [];
  private readonly maxDepth: number;
  private readonly options: FormatOptions;

  constructor(options: FormatOptions) {
    this.options = options;
    this.maxDepth = options.depth ?? 2;
  }

  render(value: unknown, depth: number, indent: string): string {
    switch (typeof value) {
      case "string":
        return quote(value);
      case "number":
        return Object.is(value, -0) ? "-0" : String(value);
      case "bigint":
        return `${value}n`;
      case "symbol":
        return value.toString();
      case "undefined":
        return "undefined";
      case "boolean":
        return String(value);
      case "function":
        return describeFunction(value as (...args: never[]) => unknown);
      default:
        return value === null ? "null" : this.renderObject(value as object, depth, indent);
    }
  }

  private renderObject(value: object, depth: number, indent: string): string {
    if (this.seen.includes(value)) return "[Circular]";
    if (value instanceof Error) return this.renderError(value, depth);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    if (value instanceof RegExp) return value.toString();
    if (value instanceof Promise) return "Promise { <pending or settled> }";
    if (value instanceof WeakMap || value instanceof WeakSet) return `${value.constructor.name} { <items unknown> }`;
    if (value instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${value.byteLength} }`;
    const prefix = this.prefix(value);
    if (depth > this.maxDepth) return Array.isArray(value) ? "[Array]" : `[${prefix.trim() || "Object"}]`;
    this.seen.push(value);
    try {
      const [entries, open, close, array] = this.entries(value, depth, indent);
      const grouped = array && entries.length > 6 ? groupArrayElements(entries, indent.length, array) : entries;
      return layout(prefix, open, close, grouped, indent, grouped !== entries);
    } finally {
      this.seen.pop();
    }
  }

  private renderError(error: Error, depth: number): string {
    if (depth === 0 && this.options.describeError) return this.options.describeError(error);
    if (depth === 0) return error.stack ?? `${error.name}: ${error.message}`;
    return `[${error.name}: ${error.message}]`;
  }

  private prefix(value: object): string {
    if (value instanceof Map || value instanceof Set) return `${value.constructor.name}(${value.size}) `;
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return `${value.constructor.name}(${(value as unknown as ArrayLike<unknown>).length}) `;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === null) return "[Object: null prototype] ";
    if (Array.isArray(value)) return proto === Array.prototype ? "" : `${constructorName(value)}(${value.length}) `;
    const name = constructorName(value);
    return name === "Object" ? "" : `${name} `;
  }

  private entries(value: object, depth: number, indent: string): [string[], string, string, ArrayLike<unknown>?] {
    const inner = `${indent}  `;
    const show = (item: unknown): string => this.render(item, depth + 1, inner);
    if (value instanceof Map) {
      return [[...value].map(([k, v]) => `${show(k)} => ${show(v)}`), "{", "}"];
    }
    if (value instanceof Set) return [[...value].map(show), "{", "}"];
    if (Array.isArray(value) || ArrayBuffer.isView(value)) {
      const items = arrayItems(value as unknown as ArrayLike<unknown>, show);
      return [[...items, ...this.properties(value, show, true)], "[", "]", value as unknown as ArrayLike<unknown>];
    }
    return [this.properties(value, show, false), "{", "}"];
  }

  private properties(value: object, show: (item: unknown) => string, skipIndices: boolean): string[] {
    const keys: (string | symbol)[] = Object.keys(value);
    for (const symbol of Object.getOwnPropertySymbols(value)) {
      if (Object.getOwnPropertyDescriptor(value, symbol)?.enumerable) keys.push(symbol);
    }
    const out: string[] = [];
    for (const key of keys) {
      if (skipIndices && typeof key === "string" && /^\d+$/.test(key)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      const label = typeof key === "symbol" ? key.toString() : IDENTIFIER.test(key) ? key : quote(key);
      if (descriptor && !("value" in descriptor)) {
        out.push(
          `${label}: [${descriptor.get && descriptor.set ? "Getter/Setter" : descriptor.get ? "Getter" : "Setter"}]`,
        );
      } else {
        out.push(`${label}: ${show(descriptor?.value)}`);
      }
    }
    return out;
  }
}

function arrayItems(array: ArrayLike<unknown>, show: (item: unknown) => string): string[] {
  const out: string[] = [];
  let holes = 0;
  const flushHoles = (): void => {
    if (holes > 0) out.push(`<${holes} empty item${holes === 1 ? "" : "s"}>`);
    holes = 0;
  };
  const shown = Math.min(array.length, MAX_ARRAY_ITEMS);
  for (let i = 0; i < shown; i++) {
    if (!(i in array)) {
      holes += 1;
      continue;
    }
    flushHoles();
    out.push(show(array[i]));
  }
  flushHoles();
  const more = array.length - shown;
  if (more > 0) out.push(`... ${more} more item${more === 1 ? "" : "s"}`);
  return out;
}

/** Node's rule: one line when it fits in 80 columns (with some slack for the prefix), else one entry per line. */
function layout(
  prefix: string,
  open: string,
  close: string,
  entries: string[],
  indent: string,
  grouped: boolean,
): string {
  if (entries.length === 0) return `${prefix}${open}${close}`;
  if (grouped) return multiline(prefix, open, close, entries, indent);
  const start = entries.length + indent.length + open.length + prefix.length + 10;
  const total = entries.reduce((sum, entry) => sum + entry.length, 0) + entries.length;
  if (start + total <= BREAK_LENGTH && !entries.some((entry) => entry.includes("\n"))) {
    return `${prefix}${open} ${entries.join(", ")} ${close}`;
  }
  return multiline(prefix, open, close, entries, indent);
}

function multiline(prefix: string, open: string, close: string, entries: string[], indent: string): string {
  const inner = `${indent}  `;
  return `${prefix}${open}\n${inner}${entries.join(`,\n${inner}`)}\n${indent}${close}`;
}

/**
 * Node's `groupArrayElements`: a long array of short items is laid out in
 * aligned columns, numbers right-aligned. Returns `output` itself when no
 * grouping happens.
 */
function groupArrayElements(output: string[], indentation: number, array: ArrayLike<unknown>): string[] {
  const hasMore = output.at(-1)?.startsWith("... ") === true && array.length > MAX_ARRAY_ITEMS;
  const count = hasMore ? output.length - 1 : output.length;
  const separatorSpace = 2;
  const lengths = output.slice(0, count).map((entry) => entry.length);
  const totalLength = lengths.reduce((sum, length) => sum + length + separatorSpace, 0);
  const maxLength = Math.max(...lengths);
  const actualMax = maxLength + separatorSpace;
  if (!(actualMax * 3 + indentation < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6))) return output;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax),
    Math.floor((BREAK_LENGTH - indentation) / actualMax),
    12, // Node: compact (3) * 4
    15,
  );
  if (columns <= 1) return output;
  const columnWidths: number[] = [];
  for (let column = 0; column < columns; column++) {
    let width = 0;
    for (let j = column; j < output.length; j += columns) width = Math.max(width, lengths[j] ?? 0);
    columnWidths.push(width + separatorSpace);
  }
  let numeric = true;
  for (let i = 0; i < output.length; i++) {
    if (typeof array[i] !== "number" && typeof array[i] !== "bigint") numeric = false;
  }
  const rows: string[] = [];
  for (let i = 0; i < count; i += columns) {
    const end = Math.min(i + columns, count);
    let row = "";
    for (let j = i; j < end - 1; j++) {
      const cell = `${output[j]}, `;
      const width = columnWidths[j - i] ?? 0;
      row += numeric ? cell.padStart(width) : cell.padEnd(width);
    }
    const last = output[end - 1] ?? "";
    row += numeric ? last.padStart((columnWidths[end - 1 - i] ?? 0) - separatorSpace) : last;
    rows.push(row);
  }
  if (hasMore) rows.push(output[count] ?? "");
  return rows;
}

function quote(text: string): string {
  const q = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes("`") ? "`" : "'";
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\t/g, "\\t")
    .replace(new RegExp(q, "g"), `\\${q}`);
  return `${q}${escaped}${q}`;
}

function constructorName(value: object): string {
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  return typeof ctor === "function" && ctor.name ? ctor.name : "Object";
}

function describeFunction(fn: (...args: never[]) => unknown): string {
  const source = Function.prototype.toString.call(fn);
  if (source.startsWith("class")) return `[class ${fn.name || "(anonymous)"}]`;
  const kind = fn.constructor.name === "Function" ? "Function" : fn.constructor.name;
  return `[${kind}${fn.name ? `: ${fn.name}` : " (anonymous)"}]`;
}
