/**
 * The TypeScript runner's module worker. It speaks `protocol.ts`: `init` is
 * answered with `ready`, `run` with streamed `output` and exactly one `done`.
 * A worker runs at most one program, because a JavaScript program cannot be
 * unloaded; the page creates a fresh worker for each run.
 */
import {
  isWorkerRequest,
  PROTOCOL_VERSION,
  type RunResult,
  type WorkerRequest,
  type WorkerResponse,
} from "../protocol.ts";
import { detectEngineEnv } from "./host-env.ts";
import { runTypeScript } from "./typescript-engine.ts";

/** The part of a dedicated worker's global scope this file uses (Node tests provide a stand-in). */
export interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}

/** Answers protocol requests arriving on `scope`. */
export function serveTypeScriptWorker(scope: WorkerScope): void {
  const bootedAt = performance.now();
  let used = false;
  const post = (message: WorkerResponse): void => scope.postMessage(message);

  const handle = async (message: WorkerRequest): Promise<void> => {
    if (message.type === "init") {
      const features = { stackSwitching: false, interrupt: false };
      post({ v: PROTOCOL_VERSION, id: message.id, type: "ready", startupMs: performance.now() - bootedAt, features });
      return;
    }
    if (used) {
      post({
        v: PROTOCOL_VERSION,
        id: message.id,
        type: "fatal",
        message: "This worker has already run a program; start a new one.",
      });
      return;
    }
    used = true;
    const { id } = message;
    let result: RunResult;
    try {
      result = await runTypeScript(
        message.request,
        (line) => post({ v: PROTOCOL_VERSION, id, type: "output", line }),
        detectEngineEnv(),
      );
    } catch (error) {
      post({ v: PROTOCOL_VERSION, id, type: "fatal", message: `The TypeScript runner failed: ${String(error)}` });
      return;
    }
    post({ v: PROTOCOL_VERSION, id, type: "done", result });
  };

  scope.addEventListener("message", (event) => {
    const message = event.data;
    if (!isWorkerRequest(message)) {
      const id = typeof (message as { id?: unknown } | null)?.id === "number" ? (message as { id: number }).id : -1;
      post({
        v: PROTOCOL_VERSION,
        id,
        type: "fatal",
        message: "Unrecognised message: expected a protocol `init` or `run` request.",
      });
      return;
    }
    void handle(message);
  });
}

// Only inside a worker: importing this file elsewhere (tests, a page) must not start serving.
const scope = globalThis as { WorkerGlobalScope?: abstract new () => unknown };
if (scope.WorkerGlobalScope !== undefined && globalThis instanceof scope.WorkerGlobalScope) {
  serveTypeScriptWorker(globalThis);
}
