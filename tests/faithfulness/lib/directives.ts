/**
 * The `# faithful:` header of a faithfulness program: which normalisations its
 * comparison applies, which clocks it runs on, and when CPython cannot judge it.
 */
import type { ClockMode } from "../../../src/runners/protocol.ts";

export type SortedStream = "stdout" | "stderr";

export interface Directives {
  /** Streams compared as a multiset of lines (thread scheduling order is not part of the contract). */
  sortLines: SortedStream[];
  /** Skip the comparison when the reference CPython is older than this, with the reason. */
  skipBelow?: { version: [number, number]; reason: string };
  clocks: ClockMode[];
  /** Replace `0x…` addresses in stderr (reprs of objects in warnings and tracebacks). */
  ignoreAddresses: boolean;
  /** Seconds each interpreter may take before the run counts as hung. */
  timeoutSeconds: number;
  /** The program never ends under CPython: both must still run at the timeout; stdout until then is compared. */
  hangs: boolean;
}

export const DEFAULT_TIMEOUT_SECONDS = 15;

const USAGE =
  "expected one of: sort-lines [stdout|stderr], skip-cpython-below X.Y (reason), clocks real,virtual, stderr ignore-addresses, timeout SECONDS, hangs";

/** Reads every `# faithful: …` line of `source`; throws a message naming the file and line on anything it does not know. */
export function parseDirectives(source: string, file: string): Directives {
  const directives: Directives = {
    sortLines: [],
    clocks: ["real", "virtual"],
    ignoreAddresses: false,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    hangs: false,
  };
  source.split("\n").forEach((line, index) => {
    const match = /^#\s*faithful:\s*(.*?)\s*$/.exec(line);
    if (!match) return;
    const text = match[1] ?? "";
    const fail = (why: string): never => {
      throw new Error(`${file}:${index + 1}: ${why} in "# faithful: ${text}"; ${USAGE}`);
    };
    const [word = "", ...rest] = text.split(/\s+/);
    const argument = rest.join(" ");
    if (word === "sort-lines") {
      const stream = argument === "" ? "stdout" : argument;
      if (stream !== "stdout" && stream !== "stderr") fail(`unknown stream "${argument}"`);
      directives.sortLines.push(stream as SortedStream);
    } else if (word === "skip-cpython-below") {
      const skip = /^(\d+)\.(\d+)\s+\((.+)\)$/.exec(argument);
      if (!skip) fail("needs a version and a reason in parentheses");
      const [, major = "", minor = "", reason = ""] = skip ?? [];
      directives.skipBelow = { version: [Number(major), Number(minor)], reason };
    } else if (word === "clocks") {
      const clocks = argument.split(",").map((clock) => clock.trim());
      if (clocks.length === 0 || clocks.some((clock) => clock !== "real" && clock !== "virtual")) {
        fail(`clocks must be real and/or virtual, found "${argument}"`);
      }
      directives.clocks = clocks as ClockMode[];
    } else if (word === "stderr" && argument === "ignore-addresses") {
      directives.ignoreAddresses = true;
    } else if (word === "hangs" && argument === "") {
      directives.hangs = true;
    } else if (word === "timeout") {
      const seconds = Number(argument);
      if (!(seconds > 0)) fail(`timeout must be a positive number of seconds, found "${argument}"`);
      directives.timeoutSeconds = seconds;
    } else {
      fail(`unknown directive "${word}"`);
    }
  });
  return directives;
}

/** Whether `version` (major, minor) is older than `minimum`. */
export function isBelow(version: [number, number], minimum: [number, number]): boolean {
  return version[0] < minimum[0] || (version[0] === minimum[0] && version[1] < minimum[1]);
}
