import { poll } from "./stations";

export interface Station {
  name: string;
  seconds: number;
}

export async function pollAll(stations: readonly Station[]): Promise<number[]> {
  const readings: number[] = [];
  // forEach starts every async callback but never waits for them, so this
  // returns the still-empty array before any station has answered.
  stations.forEach(async (station) => {
    readings.push(await poll(station.name, station.seconds));
  });
  return readings;
}

if (import.meta.main) {
  console.log(await pollAll([{ name: "harbour", seconds: 0.3 }]));
}
