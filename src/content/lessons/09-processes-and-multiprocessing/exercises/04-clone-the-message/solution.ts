import { makeJob, workerHandle, type Job, type JobMessage } from "./job";

/** Turns a job into a message that postMessage (structured clone) can send to a worker. */
export function toMessage(job: Job): JobMessage {
  // Send the data the worker needs to rebuild `convert`, not the function itself.
  return { id: job.id, readings: job.readings, factor: job.factor, offset: job.offset };
}

function main(): void {
  const job = makeJob(1, [20, 25.5, -3], 1.8, 32);
  const message = structuredClone(toMessage(job)); // what postMessage does to it
  console.log(workerHandle(message));
}

if (import.meta.main) {
  main();
}
