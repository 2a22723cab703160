import type { Grader } from "grader";

type NumberFn = (value: number) => unknown;

function need(learner: Record<string, unknown>, name: string): NumberFn {
  const fn = learner[name];
  if (typeof fn !== "function") throw new TypeError(`the program no longer exports a function called ${name}`);
  return fn as NumberFn;
}

/** Rounds so that floating-point noise such as 5.000000000000001 does not fail an equals check. */
function rounded(value: unknown): unknown {
  return typeof value === "number" ? Math.round(value * 1000) / 1000 : value;
}

/** Calls humanSeconds and describe on values that main() does not use. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const humanSeconds = need(learner, "humanSeconds");
  const describe = need(learner, "describe");
  grader.value("one-cycle", rounded(humanSeconds(0.3)));
  grader.value(
    "scaled",
    [1.5, 60, 250_000, 45_000_000].map((ns) => rounded(humanSeconds(ns))),
  );
  grader.value(
    "described",
    [42, 90, 7200, 200_000, 1.5e9].map((seconds) => describe(seconds)),
  );
  // L1 cache, RAM, a slow SSD read, a transatlantic round trip.
  grader.value(
    "latencies",
    [1, 100, 150_000, 80_000_000].map((ns) => describe(humanSeconds(ns) as number)),
  );
}
