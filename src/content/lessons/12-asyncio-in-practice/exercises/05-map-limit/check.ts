import type { Grader } from "grader";
import { peakInFlight, render, resetPeak } from "./thumbnails";

type MapLimit = (items: readonly string[], limit: number, fn: (item: string) => Promise<string>) => Promise<unknown>;

// With 2 slots kept busy: sun 0–0.6, moon 0–1.2, star 0.6–1.0, comet 1.0–1.8,
// planet 1.2–1.4, so 1.8 s. Batches of two take 2.2 s, no limit 1.2 s.
const kImages = ["sun", "moon", "star", "comet", "planet"];

/** Renders five thumbnails through the learner's mapLimit with a limit of 2. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const mapLimit = learner["mapLimit"];
  if (typeof mapLimit !== "function") {
    throw new TypeError("the program no longer exports a function called mapLimit");
  }
  resetPeak();
  const thumbs = await grader.measure("total", (mapLimit as MapLimit)(kImages, 2, render));
  grader.value("thumbs", thumbs);
  await new Promise<void>((resolve) => setTimeout(resolve, 4000));
  grader.value("most-at-once", peakInFlight());
}
