/**
 * Learners may start workers of their own, e.g.
 * `new Worker(URL.createObjectURL(new Blob([src], { type: "text/javascript" })))`.
 * Nothing that makes this work is patched: `Blob`, `URL.createObjectURL`,
 * `SharedArrayBuffer` and `Atomics` are the runtime's own (the last two exist
 * only when the page is cross-origin isolated). The only change is that a
 * worker keeps the program alive until it is terminated or fails, as a Node
 * worker does until it exits; a nested worker runs on the real clock.
 */

type WorkerConstructor = new (...args: never[]) => Worker;

/** Wraps `globalThis.Worker` when the runtime has one; returns a function that restores it. */
export function trackNestedWorkers(hold: () => () => void): () => void {
  const target = globalThis as { Worker?: WorkerConstructor };
  const NativeWorker = target.Worker;
  if (typeof NativeWorker !== "function") return () => {};
  class TrackedWorker extends NativeWorker {
    readonly #release: () => void;

    constructor(...args: never[]) {
      super(...args);
      this.#release = hold();
      this.addEventListener("error", this.#release);
    }

    override terminate(): void {
      super.terminate();
      this.#release();
    }
  }
  target.Worker = TrackedWorker;
  return () => {
    target.Worker = NativeWorker;
  };
}
