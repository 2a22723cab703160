import type { Grader } from "grader";

interface FutureLike {
  done(): boolean;
  setResult(value: unknown): void;
  setException(error: unknown): void;
  result(): Promise<unknown>;
  addDoneCallback(callback: (future: FutureLike) => void): void;
}

type FutureClass = new () => FutureLike;

class PrinterJammed extends Error {
  override name = "PrinterJammed";
}

const sleep = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * A print job's future gets its result at 0.4 s while two callers wait in
 * result(); callbacks are added before and after it is done. A second
 * future fails at 0.2 s with PrinterJammed.
 */
export default async function check(learner: Record<string, unknown>, grader: Grader): Promise<void> {
  const Future = learner["Future"];
  if (typeof Future !== "function") throw new TypeError("the program no longer exports a class called Future");
  const job = new (Future as FutureClass)();
  job.addDoneCallback(() => grader.event("callback:first"));
  job.addDoneCallback(() => grader.event("callback:second"));
  grader.value("done-before", job.done());
  setTimeout(() => {
    grader.event("set-result");
    job.setResult("42 pages");
  }, 400);
  const [first, second] = await grader.measure("wait", Promise.all([job.result(), job.result()]));
  grader.event("result-returned");
  job.addDoneCallback(() => grader.event("callback:late"));
  await sleep(0.01);
  grader.value("results", [first ?? null, second ?? null, job.done()]);

  const jammed = new (Future as FutureClass)();
  setTimeout(() => jammed.setException(new PrinterJammed("tray 2")), 200);
  await grader.attempt("jammed", jammed.result());
  await sleep(1); // let anything the learner's code left running settle
}
