import { grader } from "grader";

/** What each pretend weather station reports, in °C. */
const kTemperatures: Readonly<Record<string, number>> = {
  airport: 17,
  harbour: 14,
  hilltop: 9,
  lighthouse: 12,
  valley: 11,
};

/**
 * Polls one weather station: waits `seconds` for its answer, then resolves to
 * its temperature in °C. The start and done events are what the checks read
 * to tell whether polls overlapped; the log lines are for the learner's runs.
 */
export async function poll(station: string, seconds: number): Promise<number> {
  const celsius = kTemperatures[station];
  if (celsius === undefined) {
    throw new Error(`There is no station called "${station}"; try one of ${Object.keys(kTemperatures).join(", ")}.`);
  }
  grader.event(`start:${station}`);
  console.log(`${station}: polling`);
  await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
  grader.event(`done:${station}`);
  console.log(`${station}: ${celsius} °C`);
  return celsius;
}
