import type { Grader } from "grader";
import { startHeartbeat } from "./page";

type ShrinkAll = (photos: readonly string[]) => Promise<unknown>;

// Not the photos in main().
const kPhotos = ["beach.png", "bridge.jpg", "forest.png", "harbour.jpg", "snow.png"];

/** Shrinks photos through the learner's shrinkAll while the page's heartbeat keeps asking for turns. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const shrinkAll = learner["shrinkAll"];
  if (typeof shrinkAll !== "function") {
    throw new TypeError("the program no longer exports a function called shrinkAll");
  }
  const stop = startHeartbeat();
  try {
    grader.value("small", await (shrinkAll as ShrinkAll)(kPhotos));
  } finally {
    stop();
  }
}
