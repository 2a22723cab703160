import { probe } from "./mirrors";

/** A download mirror to probe, and how many seconds it takes to settle. */
export interface Mirror {
  name: string;
  seconds: number;
}

/** What the probes found: both lists in the order of the `mirrors` array. */
export interface Report {
  /** "name: version" for every mirror that answered. */
  up: string[];
  /** The error message of every mirror that failed. */
  down: string[];
}

/** Probes every mirror at once and reports which answered and which failed. */
export async function checkMirrors(mirrors: readonly Mirror[]): Promise<Report> {
  // allSettled never rejects: it waits for every probe and describes each
  // outcome, in the order of the input array.
  const outcomes = await Promise.allSettled(mirrors.map((mirror) => probe(mirror.name, mirror.seconds)));
  const report: Report = { up: [], down: [] };
  outcomes.forEach((outcome, index) => {
    if (outcome.status === "fulfilled") {
      report.up.push(`${mirrors[index]?.name}: ${outcome.value}`);
    } else {
      report.down.push(outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason));
    }
  });
  return report;
}

async function main(): Promise<void> {
  try {
    const report = await checkMirrors([
      { name: "uk", seconds: 0.3 },
      { name: "za", seconds: 0.1 },
      { name: "eu", seconds: 0.2 },
    ]);
    console.log(report);
  } catch (error) {
    console.log("checkMirrors rejected:", error instanceof Error ? error.message : error);
  }
}

if (import.meta.main) {
  await main();
}
