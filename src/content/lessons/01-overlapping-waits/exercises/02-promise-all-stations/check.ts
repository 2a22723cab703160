import type { Grader } from "grader";

interface Station {
  name: string;
  seconds: number;
}

type PollAll = (stations: readonly Station[]) => Promise<unknown>;

// Not the stations in the learner's main(): a hard-coded answer cannot pass.
// Listed so that input order, duration order and finish order all differ.
const kStations: readonly Station[] = [
  { name: "hilltop", seconds: 0.5 },
  { name: "harbour", seconds: 0.2 },
  { name: "airport", seconds: 0.4 },
  { name: "valley", seconds: 0.1 },
];

/** Polls the stations through the learner's pollAll and records the readings and the time taken. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const pollAll = learner["pollAll"];
  if (typeof pollAll !== "function") {
    throw new TypeError("the program no longer exports a function called pollAll");
  }
  // The baseline for the ratio check: overlapping polls take about this long.
  grader.timing("longest-wait", Math.max(...kStations.map((station) => station.seconds)));
  const readings = await grader.measure("total", (pollAll as PollAll)(kStations));
  grader.value("readings", readings);
  // Let polls that pollAll started but never awaited finish too, so the
  // ordering checks see the same events whatever the runtime does with
  // timers still pending at the end of a run. Free on the virtual clock.
  await new Promise<void>((resolve) => setTimeout(resolve, 1000));
}
