/**
 * `known-gaps.txt`: programs expected to fail on our runtime for a known
 * reason (threads not wired in, no processes yet). One `path: reason` per line,
 * path relative to `programs/`, optionally `path@clock` for one clock only.
 */
import type { ClockMode } from "../../../src/runners/protocol.ts";

export interface KnownGap {
  path: string;
  clock?: ClockMode;
  reason: string;
}

/** Parses the list; throws a message naming the line for anything malformed or unknown. */
export function parseKnownGaps(text: string, programs: ReadonlySet<string>): KnownGap[] {
  const gaps: KnownGap[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const match = /^([^\s:@]+)(?:@(real|virtual))?:\s*(\S.*)$/.exec(line);
    const where = `known-gaps.txt:${index + 1}`;
    if (!match) throw new Error(`${where}: expected "area/NN-name.py[@real|@virtual]: reason", found "${line}"`);
    const [, path = "", clock, reason = ""] = match;
    if (!programs.has(path)) throw new Error(`${where}: no program "${path}" under tests/faithfulness/programs`);
    gaps.push(clock ? { path, clock: clock as ClockMode, reason } : { path, reason });
  });
  return gaps;
}

/** The reason `path` is expected to fail on `clock`, if it is a known gap. */
export function gapFor(gaps: readonly KnownGap[], path: string, clock: ClockMode): string | undefined {
  return gaps.find((gap) => gap.path === path && (gap.clock === undefined || gap.clock === clock))?.reason;
}
