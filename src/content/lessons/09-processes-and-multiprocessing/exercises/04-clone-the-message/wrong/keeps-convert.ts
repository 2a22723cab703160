import { makeJob, workerHandle, type Job, type JobMessage } from "./job";

/** Turns a job into a message that postMessage (structured clone) can send to a worker. */
export function toMessage(job: Job): JobMessage {
  return {
    id: job.id,
    readings: job.readings.map(job.convert),
    factor: job.factor,
    offset: job.offset,
    convert: job.convert,
  };
}

function main(): void {
  const job = makeJob(1, [20, 25.5, -3], 1.8, 32);
  const message = structuredClone(toMessage(job)); // what postMessage does to it
  console.log(workerHandle(message));
}

if (import.meta.main) {
  main();
}
