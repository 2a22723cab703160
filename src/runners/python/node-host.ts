/**
 * Node-only helpers for tests and command-line tools: load Pyodide from the
 * npm package, and a watchdog thread that enforces time limits through the
 * interrupt buffer (the main thread is blocked while Python runs).
 * Never import this from browser code.
 */
import { Worker } from "node:worker_threads";
import type { PyodideInterface } from "pyodide";
import { createPythonEngine, type PythonEngine, type Watchdog } from "./python-engine.ts";

// Runs in its own thread: waits on the generation counter for the armed time;
// if nobody disarmed it meanwhile, it records that it fired and writes SIGINT.
const WATCHDOG_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const control = new Int32Array(workerData.control);
const interrupt = new Int32Array(workerData.interrupt, 0, 1);
parentPort.on("message", ({ generation, ms }) => {
  if (Atomics.wait(control, 0, generation, ms) === "timed-out") {
    Atomics.store(control, 1, generation);
    Atomics.store(interrupt, 0, 2);
  }
});
`;

/** A watchdog plus the thread it owns; call `dispose()` when done. */
export interface NodeWatchdog extends Watchdog {
  dispose(): Promise<void>;
}

/** Starts a watchdog thread that writes SIGINT into `interrupt` when an armed limit passes. */
export function createNodeWatchdog(interrupt: SharedArrayBuffer): NodeWatchdog {
  const control = new Int32Array(new SharedArrayBuffer(8));
  Atomics.store(control, 1, -1);
  const worker = new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { control: control.buffer, interrupt } });
  worker.unref();
  return {
    arm(ms) {
      const generation = Atomics.load(control, 0);
      worker.postMessage({ generation, ms });
      return () => {
        Atomics.add(control, 0, 1);
        Atomics.notify(control, 0);
        return Atomics.load(control, 1) === generation;
      };
    },
    async dispose() {
      await worker.terminate();
    },
  };
}

/** Loads Pyodide from the `pyodide` npm package (about 1.5–4 s). */
export async function loadNodePyodide(): Promise<PyodideInterface> {
  const { loadPyodide } = await import("pyodide");
  return loadPyodide();
}

/** An engine on a fresh Pyodide with a shared interrupt buffer and, optionally, enforced time limits. */
export async function createNodePythonEngine(
  options: { enforceTimeLimit?: boolean } = {},
): Promise<{ engine: PythonEngine; dispose: () => Promise<void> }> {
  const pyodide = await loadNodePyodide();
  const buffer = new SharedArrayBuffer(4);
  const watchdog = options.enforceTimeLimit ? createNodeWatchdog(buffer) : undefined;
  const engine = await createPythonEngine(
    pyodide,
    watchdog ? { watchdog, interruptBuffer: buffer } : { interruptBuffer: buffer },
  );
  return { engine, dispose: async () => watchdog?.dispose() };
}
