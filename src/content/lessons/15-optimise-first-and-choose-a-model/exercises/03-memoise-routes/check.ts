import type { Grader } from "grader";
import { slowRoutes } from "./grid";

type Routes = (rows: number, cols: number) => number;

// 13 by 13: about 20 million calls unmemoised, a fraction of a second.
const kSize = 13;

/** Times the learner's routes(13, 13) against the unmemoised reference. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const routes = learner["routes"];
  if (typeof routes !== "function") {
    throw new TypeError("the program no longer exports a function called routes");
  }
  await grader.measure("uncached", () => slowRoutes(kSize, kSize));
  // Timed before any other call could fill a cache.
  const big = await grader.measure("yours", () => (routes as Routes)(kSize, kSize));
  grader.value("counts", [(routes as Routes)(2, 3), (routes as Routes)(0, 5), (routes as Routes)(5, 2), big]);
}
