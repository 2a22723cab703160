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
import { hasStackSwitching } from "./python-engine.ts";
import { reseedAfterSnapshot, servePythonWorker, type WorkerScope } from "./python-worker-serve.ts";

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

servePythonWorker(scope, async (assetBase) => {
  const base = assetBase.endsWith("/") ? assetBase : `${assetBase}/`;
  return load(new URL(`${base}pyodide/`, scope.location.href).href);
});
