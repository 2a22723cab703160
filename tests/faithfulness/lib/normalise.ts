/**
 * Turns what an interpreter printed into what the suite compares. The always-on
 * steps remove differences that are by design (absolute paths, frames outside
 * the learner's file); the declared ones come from a program's header.
 */
import type { Directives } from "./directives.ts";

/** One program's observable behaviour. */
export interface Transcript {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface NormaliseOptions {
  directives: Directives;
  /** The program's file name, as the runtime shows it in tracebacks. */
  basename: string;
  /** The absolute path CPython shows instead (CPython side only). */
  absolutePath?: string;
  /**
   * The reference is older than 3.13, which underlines different spans (caret
   * lines are dropped on both sides) and names the location of shutdown
   * warnings `sys:1` where 3.13+ says `<sys>:0`.
   */
  olderThan313: boolean;
}

const FRAME = /^([\s|]*)File "([^"]+)", line \d+/;
const CARETS = /^[\s|]*[~^]+[\s~^]*$/;

/** Drops traceback frames (header and the indented lines under it) that belong to any file but `basename`. */
export function dropForeignFrames(text: string, basename: string): string {
  const kept: string[] = [];
  let dropping: string | undefined;
  for (const line of text.split("\n")) {
    const frame = FRAME.exec(line);
    if (frame) {
      dropping = frame[2] === basename ? undefined : `${frame[1] ?? ""}  `;
      if (dropping !== undefined) continue;
    } else if (dropping !== undefined && line.startsWith(dropping)) {
      continue;
    } else {
      dropping = undefined;
    }
    kept.push(line);
  }
  return kept.join("\n");
}

/** Removes lines made only of `~` and `^` (the span markers under a source line). */
export function dropCaretLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !CARETS.test(line))
    .join("\n");
}

/** Replaces hexadecimal addresses, which differ on every run. */
export function maskAddresses(text: string): string {
  return text.replace(/0x[0-9a-fA-F]+/g, "0x…");
}

/** The lines of `text` in sorted order, so that the comparison ignores their order. */
export function sortLines(text: string): string {
  const lines = text.split("\n");
  const last = lines.at(-1) === "" ? lines.pop() : undefined;
  lines.sort();
  if (last !== undefined) lines.push(last);
  return lines.join("\n");
}

/** Applies the always-on and the declared normalisations to one transcript. */
export function normalise(transcript: Transcript, options: NormaliseOptions): Transcript {
  const { directives, basename, absolutePath } = options;
  // The runtime streams whole lines, so a missing final newline cannot be seen there.
  const paths = (text: string) => {
    const named = absolutePath ? text.split(absolutePath).join(basename) : text;
    return named === "" || named.endsWith("\n") ? named : `${named}\n`;
  };
  let stdout = paths(transcript.stdout);
  let stderr = dropForeignFrames(paths(transcript.stderr), basename);
  if (options.olderThan313)
    stderr = dropCaretLines(stderr).replaceAll("sys:1: RuntimeWarning", "<sys>:0: RuntimeWarning");
  if (directives.ignoreAddresses) stderr = maskAddresses(stderr);
  if (directives.sortLines.includes("stdout")) stdout = sortLines(stdout);
  if (directives.sortLines.includes("stderr")) stderr = sortLines(stderr);
  return { stdout, stderr, exitCode: transcript.exitCode };
}
