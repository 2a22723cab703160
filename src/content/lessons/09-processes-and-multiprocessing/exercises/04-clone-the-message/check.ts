import type { Grader } from "grader";

import { makeJob, workerHandle, type Job, type JobMessage } from "./job";

type ToMessage = (job: Job) => JobMessage;

/** Sends an unseen job through the learner's toMessage and a structured clone, as postMessage would. */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const toMessage = learner["toMessage"];
  if (typeof toMessage !== "function") throw new TypeError("the program no longer exports toMessage");
  const job = makeJob(42, [100, 0, 37], 9 / 5, 32);
  const cloned = await grader.attempt("clone", () => structuredClone((toMessage as ToMessage)(job)));
  grader.value("reply", cloned === undefined ? null : workerHandle(cloned));
}
