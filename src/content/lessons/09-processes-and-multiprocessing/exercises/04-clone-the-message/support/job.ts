/** A conversion job as the page holds it: data plus a handy function. */
export interface Job {
  id: number;
  readings: number[];
  factor: number;
  offset: number;
  /** Converts one reading; convenient on the page, but a function cannot be cloned. */
  convert: (reading: number) => number;
}

/** What the worker understands: plain data only. */
export interface JobMessage {
  id: number;
  readings: number[];
  factor: number;
  offset: number;
}

/** Builds a job; `convert` closes over factor and offset, so the worker can rebuild it from them. */
export function makeJob(id: number, readings: number[], factor: number, offset: number): Job {
  return { id, readings, factor, offset, convert: (reading) => reading * factor + offset };
}

/**
 * What the worker does with a message once it has arrived (as a structured
 * clone): it rebuilds the conversion from the numbers it was sent.
 */
export function workerHandle(message: JobMessage): { id: number; values: number[] } {
  const { id, readings, factor, offset } = message;
  if (typeof factor !== "number" || typeof offset !== "number") {
    throw new TypeError("the worker needs numeric factor and offset to rebuild the conversion");
  }
  return { id, values: readings.map((reading) => Math.round((reading * factor + offset) * 10) / 10) };
}
