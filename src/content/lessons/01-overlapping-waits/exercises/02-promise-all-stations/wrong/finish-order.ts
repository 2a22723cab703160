import { poll } from "./stations";

export interface Station {
  name: string;
  seconds: number;
}

export async function pollAll(stations: readonly Station[]): Promise<number[]> {
  const readings: number[] = [];
  // The polls overlap, but each reading is pushed when it arrives, so the
  // array ends up in finish order instead of station order.
  await Promise.all(
    stations.map(async (station) => {
      readings.push(await poll(station.name, station.seconds));
    }),
  );
  return readings;
}

if (import.meta.main) {
  console.log(await pollAll([{ name: "harbour", seconds: 0.3 }]));
}
