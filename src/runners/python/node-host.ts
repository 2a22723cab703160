/**
 * Node-only helpers for tests and command-line tools: load Pyodide from the
 * npm package, and a watchdog thread that enforces time limits through the
 * interrupt buffer (the main thread is blocked while Python runs).
 * Never import this from browser code.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PyodideInterface } from "pyodide";
import { createPythonEngine, type PythonEngine, type Watchdog } from "./python-engine.ts";
import { isProcessMessage, type ProcessWorker } from "./processes/process-protocol.ts";
import { ProcessTable, type ProcessTableOptions } from "./processes/process-table.ts";

// Process workers run our TypeScript sources directly (Node strips the types);
// the hooks give them the `?raw` imports that Vite gives the site.
const PROCESS_WORKER_BOOTSTRAP = `
const { registerHooks } = require("node:module");
const { workerData } = require("node:worker_threads");
import(workerData.hooks)
  .then(({ resolve, load }) => { registerHooks({ resolve, load }); return import(workerData.entry); })
  .catch((error) => { setTimeout(() => { throw error; }); });
`;

/** Starts a worker_threads process worker (it loads its own Pyodide). */
export function startNodeProcessWorker(): ProcessWorker {
  const worker = new Worker(PROCESS_WORKER_BOOTSTRAP, {
    eval: true,
    workerData: {
      hooks: new URL("../node/raw-import-hooks.mjs", import.meta.url).href,
      entry: new URL("./processes/node-process-worker.ts", import.meta.url).href,
    },
  });
  // A process worker must never keep a finished command-line run alive.
  worker.unref();
  return {
    post: (message) => {
      worker.postMessage(message);
    },
    onMessage: (listener) => {
      worker.on("message", (message: unknown) => {
        if (isProcessMessage(message)) listener(message);
      });
    },
    onError: (listener) => {
      worker.on("error", (error: Error) => {
        listener(error.message);
      });
    },
    terminate: () => {
      void worker.terminate();
    },
  };
}

/** A process table whose processes are worker threads, reporting this machine's cores. */
export function createNodeProcessTable(options: Partial<ProcessTableOptions> = {}): ProcessTable {
  return new ProcessTable({ factory: startNodeProcessWorker, cpuCount: availableParallelism(), ...options });
}

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
  // Given explicitly: Pyodide guesses its folder from a stack trace, which fails in an eval'd worker.
  const indexURL = fileURLToPath(new URL(".", import.meta.resolve("pyodide")));
  return loadPyodide({ indexURL });
}

/** An engine on a fresh Pyodide with a shared interrupt buffer and, optionally, enforced time limits. */
export async function createNodePythonEngine(
  options: { enforceTimeLimit?: boolean; processes?: boolean } = {},
): Promise<{ engine: PythonEngine; processTable?: ProcessTable; dispose: () => Promise<void> }> {
  const pyodide = await loadNodePyodide();
  const buffer = new SharedArrayBuffer(4);
  const watchdog = options.enforceTimeLimit ? createNodeWatchdog(buffer) : undefined;
  const processTable = options.processes === false ? undefined : createNodeProcessTable();
  const engine = await createPythonEngine(pyodide, {
    interruptBuffer: buffer,
    ...(watchdog ? { watchdog } : {}),
    ...(processTable ? { processTable } : {}),
  });
  const dispose = async (): Promise<void> => {
    processTable?.dispose();
    await watchdog?.dispose();
  };
  return processTable ? { engine, processTable, dispose } : { engine, dispose };
}
