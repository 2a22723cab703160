/**
 * The Python module worker entry. It loads Pyodide from the site's own copy
 * under `${assetBase}pyodide/` (never a CDN) and serves the runner protocol.
 *
 * Start-up is the slow part of the course, so the worker (1) asks for every
 * runtime file at once instead of one after another, and (2) restores the
 * interpreter from the memory snapshot that scripts/copy-pyodide.mjs makes at
 * build time, which skips Python's own initialisation. Without a usable
 * snapshot it starts Pyodide the ordinary way.
 */
import type { PyodideInterface } from "pyodide";
import { createPythonEngine, hasStackSwitching } from "./python-engine.ts";
import { reseedAfterSnapshot, servePythonWorker, type WorkerScope } from "./python-worker-serve.ts";
import { createProcessWorkerService, type ProcessWorkerService } from "./processes/process-child.ts";
import {
  isProcessMessage,
  isRootMessage,
  type ProcessMessage,
  type ProcessWorker,
  type RootMessage,
} from "./processes/process-protocol.ts";
import { ProcessTable } from "./processes/process-table.ts";

/** Kept in step with SNAPSHOT_FILE in scripts/copy-pyodide.mjs. */
const SNAPSHOT_FILE = "pyodide-snapshot.bin.gz";

interface LoadOptions {
  indexURL: string;
  createPyodideModule?: unknown;
  _loadSnapshot?: Promise<Uint8Array>;
}

interface PyodideModule {
  loadPyodide(options: LoadOptions): Promise<PyodideInterface>;
}

interface AsmModule {
  default: unknown;
}

type Fetch = typeof fetch;

const scope = globalThis as unknown as WorkerScope & {
  readonly location: { readonly href: string };
  readonly navigator: { readonly hardwareConcurrency?: number };
  fetch: Fetch;
};

/**
 * Starts fetching `urls` now and hands each response to the first `fetch` of
 * the same URL, which Pyodide makes only after earlier steps finish. Returns
 * a function that puts the real `fetch` back; it must run before learner code does.
 */
function prefetch(urls: readonly string[]): () => void {
  const original = scope.fetch;
  const early = new Map(urls.map((url) => [url, original(url)]));
  for (const response of early.values()) response.catch(() => {});
  scope.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const ready = early.get(url);
    if (ready === undefined || init?.integrity) return original(input, init);
    early.delete(url);
    return ready;
  };
  return () => {
    scope.fetch = original;
    for (const unused of early.values()) void unused.then((r) => r.body?.cancel()).catch(() => {});
    early.clear();
  };
}

/**
 * The snapshot, decompressed; rejects when there is none or it cannot be read.
 * Some hosts send `.gz` files with `Content-Encoding: gzip`, so the browser has
 * already inflated them: only data that starts with gzip's magic bytes is inflated here.
 */
async function fetchSnapshot(url: string): Promise<Uint8Array> {
  const response = await scope.fetch(url);
  if (!response.ok) throw new Error(`no start-up snapshot (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

async function load(indexURL: string): Promise<PyodideInterface> {
  // The snapshot was made with JSPI on (Pyodide adapts `time.sleep` to it), so only such browsers use it.
  const useSnapshot = hasStackSwitching() && typeof DecompressionStream === "function";
  const restore = prefetch(["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"].map((f) => indexURL + f));
  try {
    const snapshot = useSnapshot ? fetchSnapshot(indexURL + SNAPSHOT_FILE) : undefined;
    snapshot?.catch(() => {});
    const [pyodide, asm] = await Promise.all([
      import(/* @vite-ignore */ `${indexURL}pyodide.mjs`) as Promise<PyodideModule>,
      import(/* @vite-ignore */ `${indexURL}pyodide.asm.mjs`) as Promise<AsmModule>,
    ]);
    const options: LoadOptions = { indexURL, createPyodideModule: asm.default };
    if (snapshot !== undefined) {
      try {
        const restored = await pyodide.loadPyodide({ ...options, _loadSnapshot: snapshot });
        reseedAfterSnapshot(restored);
        return restored;
      } catch (error) {
        console.warn("Python: the start-up snapshot could not be used; starting without it.", error);
      }
    }
    return await pyodide.loadPyodide(options);
  } finally {
    restore();
  }
}

function pyodideFolder(assetBase: string): string {
  const base = assetBase.endsWith("/") ? assetBase : `${assetBase}/`;
  return new URL(`${base}pyodide/`, scope.location.href).href;
}

/**
 * A process worker is this same script, started by a root worker: it loads
 * Python from the root's asset base and runs the processes the root sends.
 */
function startProcessWorker(assetBase: string): ProcessWorker {
  const worker = new Worker(scope.location.href, { type: "module", name: "python process" });
  return {
    post: (message) => {
      worker.postMessage(message.type === "attach" ? { ...message, assetBase } : message);
    },
    onMessage: (listener) => {
      worker.addEventListener("message", (event: MessageEvent<unknown>) => {
        if (isProcessMessage(event.data)) listener(event.data);
      });
    },
    onError: (listener) => {
      worker.addEventListener("error", (event: ErrorEvent) => {
        listener(event.message || "the worker failed to start");
      });
    },
    terminate: () => {
      worker.terminate();
    },
  };
}

let processService: ProcessWorkerService | undefined;

function serveAsProcess(message: RootMessage & { assetBase?: unknown }): void {
  if (processService === undefined) {
    if (message.type !== "attach" || typeof message.assetBase !== "string") return;
    const toRoot = globalThis as unknown as { postMessage(message: ProcessMessage): void };
    const service = createProcessWorkerService((reply) => {
      toRoot.postMessage(reply);
    });
    processService = service;
    service.serve(
      load(pyodideFolder(message.assetBase)).then((pyodide) =>
        createPythonEngine(pyodide, { processKernel: service.kernel }),
      ),
    );
  }
  processService.receive(message);
}

scope.addEventListener("message", ({ data }) => {
  if (isRootMessage(data)) serveAsProcess(data);
});

servePythonWorker(
  scope,
  async (assetBase) => load(pyodideFolder(assetBase)),
  // Without cross-origin isolation there is no shared memory: processes then explain why they cannot start.
  (assetBase) =>
    typeof SharedArrayBuffer === "function"
      ? new ProcessTable({
          factory: () => startProcessWorker(assetBase),
          cpuCount: scope.navigator.hardwareConcurrency ?? 2,
        })
      : undefined,
);
