/** The status line shown in the output log when a run ends, and how lines are kept in check. */
import type { OutputLine, RunResult } from "../runners/protocol.ts";

/** A status line: its text and how it is styled (`ok` plain, `error` in the error colour). */
export interface StatusLine {
  text: string;
  kind: "ok" | "error" | "notice";
}

/** Seconds for people: `0.12 s`, `3.4 s`, `12 s`. */
export function formatSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 1) return `${seconds.toFixed(2)} s`;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  return `${Math.round(seconds)} s`;
}

/**
 * The lines that describe how a run ended: a summary, then for errors the
 * learner-facing traceback (which the worker has already trimmed to their files).
 */
export function describeRunEnd(result: RunResult, timeLimitMs: number): StatusLine[] {
  switch (result.status) {
    case "ok":
      return [{ text: `Finished in ${formatSeconds(result.durationMs)}`, kind: "ok" }];
    case "error": {
      const lines: StatusLine[] = [];
      if (result.error !== undefined) {
        const traceback = result.error.traceback.trimEnd();
        if (traceback !== "") lines.push({ text: traceback, kind: "error" });
        else lines.push({ text: `${result.error.type}: ${result.error.message}`, kind: "error" });
      }
      const where = result.error?.line === undefined ? "" : ` on line ${result.error.line}`;
      lines.push({ text: `Stopped with an error${where} after ${formatSeconds(result.durationMs)}`, kind: "error" });
      return lines;
    }
    case "timeout":
      return [{ text: `Timed out after ${formatSeconds(timeLimitMs)}`, kind: "error" }];
    case "stopped":
      return [{ text: "Stopped", kind: "notice" }];
    case "crashed":
      return [
        {
          text: result.note
            ? `The runtime crashed and was restarted (${result.note})`
            : "The runtime crashed and was restarted",
          kind: "error",
        },
      ];
  }
}

/** Most lines the log keeps: a runaway `while True: print()` must not freeze the page. */
export const MAX_OUTPUT_LINES = 2000;

/** Counts lines and says when to stop showing them, with one notice at the cut. */
export class OutputBudget {
  #shown = 0;
  #dropped = 0;
  readonly #limit: number;

  constructor(limit = MAX_OUTPUT_LINES) {
    this.#limit = limit;
  }

  /** `show` to display the line, `notice` to display the truncation notice instead, `drop` to skip it. */
  admit(_line: OutputLine): "show" | "notice" | "drop" {
    if (this.#shown < this.#limit) {
      this.#shown += 1;
      return "show";
    }
    this.#dropped += 1;
    return this.#dropped === 1 ? "notice" : "drop";
  }

  /** How many lines were not shown. */
  get dropped(): number {
    return this.#dropped;
  }
}

/** The notice shown where output was cut. */
export function truncationNotice(limit = MAX_OUTPUT_LINES): string {
  return `… only the first ${limit} lines of output are shown.`;
}
