/**
 * The Python worker's message handling, apart from how Pyodide is loaded so
 * that it can be tested in Node. Every `run` ends with exactly one `done`; a
 * failure of the runner itself is reported as `fatal`, after which the page
 * replaces the worker.
 */
import type { PyodideInterface } from "pyodide";
import { isWorkerRequest, PROTOCOL_VERSION, type WorkerRequest, type WorkerResponse } from "../protocol.ts";
import { createPythonEngine, type PythonEngine } from "./python-engine.ts";
import { isRootMessage } from "./processes/process-protocol.ts";
import type { ProcessTable } from "./processes/process-table.ts";

type InitRequest = Extract<WorkerRequest, { type: "init" }>;
type RunMessage = Extract<WorkerRequest, { type: "run" }>;

/** The part of a worker's global scope that the Python worker uses. */
export interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
}

/** Loads Pyodide given the `assetBase` of the `init` message. */
export type PyodideLoader = (assetBase: string) => Promise<PyodideInterface>;

/** Makes the process table that lets programs start processes, given the `assetBase` of `init`. */
export type ProcessTableMaker = (assetBase: string) => ProcessTable | undefined;

/**
 * Makes an interpreter restored from a memory snapshot as random as a fresh
 * one: Pyodide imports `random` while it starts, so the snapshot holds one
 * seed, and every page would otherwise draw the same numbers. (The `str` hash
 * seed is fixed at start-up too and cannot be changed later: set order of
 * strings is the same on every load, as with a fixed PYTHONHASHSEED.)
 */
export function reseedAfterSnapshot(pyodide: PyodideInterface): void {
  pyodide.runPython("import random as _r\n_r.seed()\ndel _r");
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Answers `init` and `run` messages on `scope`, one at a time, in the order they arrive. */
export function servePythonWorker(scope: WorkerScope, load: PyodideLoader, processes?: ProcessTableMaker): void {
  let engine: Promise<PythonEngine> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const post = (response: WorkerResponse): void => {
    scope.postMessage(response);
  };

  async function init(request: InitRequest): Promise<void> {
    const started = performance.now();
    const { interruptBuffer } = request;
    engine ??= load(request.assetBase).then((pyodide) => {
      const processTable = processes?.(request.assetBase);
      return createPythonEngine(pyodide, {
        ...(interruptBuffer ? { interruptBuffer } : {}),
        ...(processTable ? { processTable } : {}),
      });
    });
    const ready = await engine;
    post({
      v: PROTOCOL_VERSION,
      id: request.id,
      type: "ready",
      startupMs: performance.now() - started,
      features: { stackSwitching: ready.stackSwitching, interrupt: request.interruptBuffer !== undefined },
    });
  }

  async function run(message: RunMessage): Promise<void> {
    if (!engine) throw new Error("The worker received `run` before `init`.");
    const ready = await engine;
    const { id } = message;
    const result = await ready.run(message.request, (line) => {
      post({ v: PROTOCOL_VERSION, id, type: "output", line });
    });
    post({ v: PROTOCOL_VERSION, id, type: "done", result });
  }

  scope.addEventListener("message", ({ data }) => {
    // A process worker's messages from its root are served elsewhere (python.worker.ts).
    if (isRootMessage(data)) return;
    if (!isWorkerRequest(data)) {
      post({ v: PROTOCOL_VERSION, id: -1, type: "fatal", message: `Unrecognised message: ${JSON.stringify(data)}` });
      return;
    }
    const task = data.type === "init" ? () => init(data) : () => run(data);
    queue = queue.then(task).catch((error: unknown) => {
      if (data.type === "init") engine = undefined;
      post({ v: PROTOCOL_VERSION, id: data.id, type: "fatal", message: describe(error) });
    });
  });
}
