import { poll } from "./stations";

export interface Station {
  name: string;
  seconds: number;
}

export async function pollAll(stations: readonly Station[]): Promise<number[]> {
  // A one-liner, but Array.fromAsync awaits each mapped promise before it
  // calls the mapper for the next station: the polls run one at a time.
  return Array.fromAsync(stations, (station) => poll(station.name, station.seconds));
}

if (import.meta.main) {
  console.log(await pollAll([{ name: "harbour", seconds: 0.3 }]));
}
