import { grader } from "grader";

/** How long each pretend image takes to turn into a thumbnail, in seconds. */
const kSeconds: Readonly<Record<string, number>> = {
  comet: 0.8,
  moon: 1.2,
  planet: 0.2,
  star: 0.4,
  sun: 0.6,
};

let inFlight = 0;
let peak = 0;

/** The most renders that were in flight at the same moment since the last reset. */
export function peakInFlight(): number {
  return peak;
}

/** Forgets the peak, before a fresh measurement. */
export function resetPeak(): void {
  inFlight = 0;
  peak = 0;
}

/** Renders one thumbnail: waits the image's time, then resolves to its file name. */
export async function render(image: string): Promise<string> {
  const seconds = kSeconds[image];
  if (seconds === undefined) {
    throw new Error(`There is no image called "${image}"; try one of ${Object.keys(kSeconds).join(", ")}.`);
  }
  inFlight += 1;
  peak = Math.max(peak, inFlight);
  grader.event(`start:${image}`);
  console.log(`${image}: rendering (${inFlight} in flight)`);
  await new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));
  inFlight -= 1;
  grader.event(`end:${image}`);
  return `${image}-thumb.png`;
}
