/**
 * Turns whatever a program threw into a learner-facing `RunError`: the error's
 * class name and message, and a traceback that keeps only frames from the
 * run's own files (learner, support, harness) and hides the runner's.
 */
import type { RunError } from "../protocol.ts";

/** The files of a run, for reading stack traces. */
export interface RunFiles {
  /** The learner's file name; `RunError.line` is the first frame in it. */
  learner: string;
  /** Module URL → file name, for runtimes that ignore `//# sourceURL`. */
  names: Map<string, string>;
}

interface Frame {
  fn: string;
  file: string;
  line: number;
}

/** Class name and message of any thrown value (`throw "text"` included). */
export function describeThrown(value: unknown): { type: string; message: string } {
  if (typeof value === "object" && value !== null && "message" in value) {
    const { name, message } = value as { name?: unknown; message: unknown };
    const ctor: unknown = (value as { constructor?: { name?: unknown } }).constructor?.name;
    // A subclass that does not set `name` still reports its class, as Python would.
    const type =
      typeof name === "string" && name && name !== "Error" ? name : typeof ctor === "string" && ctor ? ctor : "Error";
    return { type, message: String(message) };
  }
  return { type: typeof value === "string" ? "Error" : typeof value, message: String(value) };
}

/** Builds the `RunError` for a value that ended the run. */
export function toRunError(value: unknown, files: RunFiles): RunError {
  const { type, message } = describeThrown(value);
  const readable = replaceUrls(message, files);
  const frames = userFrames(value, files);
  const line = frames.find((frame) => frame.file === files.learner)?.line;
  return {
    type,
    message: readable,
    traceback: [`${type}: ${readable}`, ...frames.map(formatFrame)].join("\n"),
    ...(line === undefined ? {} : { line }),
  };
}

/** The first run file named in the error's stack, if any: tells a learner's error from a harness's. */
export function firstUserFile(value: unknown, files: RunFiles): string | undefined {
  return userFrames(value, files)[0]?.file;
}

/** An error's stack in the traceback format, for `console.error(error)`. */
export function formatErrorStack(error: Error, files: RunFiles): string {
  return toRunError(error, files).traceback;
}

function userFrames(value: unknown, files: RunFiles): Frame[] {
  const stack = typeof value === "object" && value !== null ? (value as { stack?: unknown }).stack : undefined;
  if (typeof stack !== "string") return [];
  const known = new Set([files.learner, ...files.names.values()]);
  const frames: Frame[] = [];
  for (const text of stack.split("\n")) {
    const frame = parseFrame(text.trim(), files);
    if (frame && known.has(frame.file) && frame.file !== "grader") frames.push(frame);
  }
  return frames;
}

/** V8: `at fn (file:1:2)` or `at file:1:2`; SpiderMonkey and JavaScriptCore: `fn@file:1:2`. */
function parseFrame(text: string, files: RunFiles): Frame | undefined {
  const v8 = /^at (?:async )?(?:(.*?) \((.*)\)|(.*))$/.exec(text);
  const other = v8 ? undefined : /^(.*?)@(.*)$/.exec(text);
  const fn = v8 ? (v8[1] ?? "") : (other?.[1] ?? "");
  const location = v8 ? (v8[2] ?? v8[3] ?? "") : (other?.[2] ?? "");
  const parts = /^(.*):(\d+):\d+$/.exec(location);
  if (!parts) return undefined;
  const file = files.names.get(parts[1] ?? "") ?? parts[1] ?? "";
  return { fn, file, line: Number(parts[2]) };
}

function formatFrame(frame: Frame): string {
  // Columns are left out: removing type annotations shifts them, lines never move.
  const where = `${frame.file}:${frame.line}`;
  return frame.fn ? `    at ${frame.fn} (${where})` : `    at ${where}`;
}

function replaceUrls(text: string, files: RunFiles): string {
  let result = text;
  for (const [url, name] of files.names) result = result.split(url).join(name === "grader" ? "grader" : `./${name}`);
  return result;
}
