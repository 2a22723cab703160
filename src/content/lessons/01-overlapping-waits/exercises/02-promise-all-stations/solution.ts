import { poll } from "./stations";

/** A weather station to poll, and how many seconds it takes to answer. */
export interface Station {
  name: string;
  seconds: number;
}

/** Polls every station; resolves to their temperatures in the order of `stations`. */
export async function pollAll(stations: readonly Station[]): Promise<number[]> {
  // map() calls poll() for every station straight away, so all the waits are
  // under way before Promise.all waits; it resolves in input order.
  return Promise.all(stations.map((station) => poll(station.name, station.seconds)));
}

async function main(): Promise<void> {
  const started = performance.now();
  const readings = await pollAll([
    { name: "harbour", seconds: 0.3 },
    { name: "lighthouse", seconds: 0.5 },
    { name: "airport", seconds: 0.2 },
  ]);
  console.log(readings);
  console.log(`polling took ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.main) {
  await main();
}
