/**
 * Sends the program's `console` to the run's output: log, info, debug, dir
 * and table to stdout; error, warn, trace and failed asserts to stderr (as
 * Node does). Groups indent, and `time`/`timeEnd` read `performance.now`,
 * which is the virtual clock in a graded run.
 */
import type { OutputStream } from "../protocol.ts";
import { formatLogArgs, inspect, type FormatOptions } from "./console-format.ts";
import { formatTable } from "./console-table.ts";

type Method = (...args: unknown[]) => void;

/** Replaces the methods of `target` (normally `globalThis.console`); returns a function that restores them. */
export function captureConsole(
  target: Console,
  write: (stream: OutputStream, text: string) => void,
  options: FormatOptions = {},
): () => void {
  let indent = "";
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const emit = (stream: OutputStream, text: string): void => {
    write(
      stream,
      indent
        ? text
            .split("\n")
            .map((line) => indent + line)
            .join("\n")
        : text,
    );
  };
  const print =
    (stream: OutputStream): Method =>
    (...args) =>
      emit(stream, formatLogArgs(args, options));
  const elapsed = (label: string): string | undefined => {
    const start = timers.get(label);
    if (start === undefined) {
      emit("stderr", `Warning: No such label '${label}' for console.timeEnd()`);
      return undefined;
    }
    return `${label}: ${(performance.now() - start).toFixed(3)}ms`;
  };
  const methods: Record<string, Method> = {
    log: print("stdout"),
    info: print("stdout"),
    debug: print("stdout"),
    error: print("stderr"),
    warn: print("stderr"),
    dir: (value) => emit("stdout", inspect(value, options)),
    table: (data, columns) => {
      const table = formatTable(data, Array.isArray(columns) ? columns.map(String) : undefined);
      emit("stdout", table ?? formatLogArgs([data], options));
    },
    trace: (...args) => emit("stderr", `Trace: ${formatLogArgs(args, options)}`),
    assert: (condition, ...args) => {
      if (!condition) emit("stderr", `Assertion failed${args.length > 0 ? `: ${formatLogArgs(args, options)}` : ""}`);
    },
    group: (...args) => {
      if (args.length > 0) emit("stdout", formatLogArgs(args, options));
      indent += "  ";
    },
    groupEnd: () => {
      indent = indent.slice(2);
    },
    count: (label = "default") => {
      const count = (counts.get(String(label)) ?? 0) + 1;
      counts.set(String(label), count);
      emit("stdout", `${String(label)}: ${count}`);
    },
    countReset: (label = "default") => void counts.delete(String(label)),
    time: (label = "default") => void timers.set(String(label), performance.now()),
    timeLog: (label = "default", ...args) => {
      const text = elapsed(String(label));
      if (text !== undefined) emit("stdout", [text, ...args.map((arg) => inspect(arg, options))].join(" "));
    },
    timeEnd: (label = "default") => {
      const text = elapsed(String(label));
      if (text !== undefined) emit("stdout", text);
      timers.delete(String(label));
    },
  };
  methods["groupCollapsed"] = methods["group"] as Method;

  const record = target as unknown as Record<string, unknown>;
  const saved = Object.keys(methods).map((name) => [name, record[name]] as const);
  Object.assign(record, methods);
  return () => {
    for (const [name, original] of saved) record[name] = original;
  };
}
