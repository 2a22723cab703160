import type { Grader } from "grader";
import { unhandled } from "./shop";

type PlaceOrder = (item: string) => Promise<unknown>;

/** Places two orders the learner has not seen, one whose receipt bounces. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const placeOrder = learner["placeOrder"];
  if (typeof placeOrder !== "function") {
    throw new TypeError("the program no longer exports a function called placeOrder");
  }
  const orders: unknown[] = [];
  for (const item of ["kettle", "voucher"]) {
    orders.push(await grader.attempt(`order:${item}`, (placeOrder as PlaceOrder)(item)));
    grader.event(`returned:${item}`);
  }
  grader.value("orders", orders);
  // Let receipts that were sent in the background settle. Free on the virtual clock.
  await new Promise<void>((resolve) => setTimeout(resolve, 1000));
  grader.value("unhandled", [...unhandled]);
}
