/** One clock cycle of a 3.3 GHz processor, in nanoseconds. */
export const kCycleNs = 0.3;

/** The units describe() may use, largest first. */
export const kUnits = [
  { name: "years", seconds: 365 * 24 * 3600 },
  { name: "days", seconds: 24 * 3600 },
  { name: "hours", seconds: 3600 },
  { name: "minutes", seconds: 60 },
  { name: "seconds", seconds: 1 },
] as const;

/** How many seconds `latencyNs` lasts when one cycle is stretched to one second. */
export function humanSeconds(latencyNs: number): number {
  // Each cycle becomes one second, so count the cycles in the latency.
  return latencyNs / kCycleNs;
}

/** Writes `seconds` in the largest unit of kUnits that keeps the number at least 1. */
export function describe(seconds: number): string {
  // kUnits is largest first, so the first unit that fits is the largest one.
  for (const unit of kUnits) {
    if (seconds >= unit.seconds) return `${(seconds / unit.seconds).toFixed(1)} ${unit.name}`;
  }
  return `${seconds.toFixed(1)} seconds`;
}

function main(): void {
  const latencies: Record<string, number> = {
    "read from RAM": 100,
    "read 4 KB from an SSD": 100_000,
    "California to Hong Kong and back": 110_000_000,
  };
  for (const [what, ns] of Object.entries(latencies)) {
    console.log(`${what}: ${ns} ns -> ${describe(humanSeconds(ns))}`);
  }
}

if (import.meta.main) {
  main();
}
