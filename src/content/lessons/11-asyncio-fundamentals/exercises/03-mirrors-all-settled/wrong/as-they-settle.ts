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
  // The probes overlap and nothing rejects, but each line is pushed when its
  // probe settles, so the lists come out in finish order.
  const report: Report = { up: [], down: [] };
  await Promise.all(
    mirrors.map((mirror) =>
      probe(mirror.name, mirror.seconds).then(
        (version) => void report.up.push(`${mirror.name}: ${version}`),
        (error: unknown) => void report.down.push((error as Error).message),
      ),
    ),
  );
  return report;
}

if (import.meta.main) {
  console.log(await checkMirrors([{ name: "uk", seconds: 0.3 }]));
}
