import { probe } from "./mirrors";

export interface Mirror {
  name: string;
  seconds: number;
}

export interface Report {
  up: string[];
  down: string[];
}

export async function checkMirrors(mirrors: readonly Mirror[]): Promise<Report> {
  // Right report, but each probe starts only when the previous one settled.
  const report: Report = { up: [], down: [] };
  for (const mirror of mirrors) {
    try {
      report.up.push(`${mirror.name}: ${await probe(mirror.name, mirror.seconds)}`);
    } catch (error) {
      report.down.push((error as Error).message);
    }
  }
  return report;
}

if (import.meta.main) {
  console.log(await checkMirrors([{ name: "uk", seconds: 0.3 }]));
}
