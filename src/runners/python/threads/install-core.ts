/**
 * Installs the `pcr_threads` package from source texts into a loaded Pyodide.
 * Kept free of Vite's `?raw` imports so plain Node (the benchmark) can use it.
 */
import type { PyodideInterface } from "pyodide";

/** Where the package is written unless told otherwise. */
export const DEFAULT_THREADS_DIR = "/lib/pcr_threads";

/** Options for {@link installThreads}. */
export interface InstallThreadsOptions {
  /** Folder that receives `pcr_threads/`; it is added to `sys.path`. Default {@link DEFAULT_THREADS_DIR}. */
  dir?: string;
  /**
   * Code whose file name starts with one of these is never preempted, e.g. the
   * engine's own modules (`"<_pcr_"`). The stdlib, Pyodide and this package are
   * always excluded. Default: `["<_pcr_"]`.
   */
  excludedPrefixes?: readonly string[];
}

/**
 * Writes `files` (the package's sources, by file name) into Pyodide's file
 * system, imports the package and swaps `_thread` for the green one. Calling
 * it again on the same interpreter does nothing.
 */
export function installThreadSources(
  pyodide: PyodideInterface,
  files: Readonly<Record<string, string>>,
  options: InstallThreadsOptions = {},
): void {
  const prefixes = JSON.stringify(options.excludedPrefixes ?? ["<_pcr_"]);
  writePythonPackage(pyodide, options.dir ?? DEFAULT_THREADS_DIR, "pcr_threads", files);
  pyodide.runPython(`import json, pcr_threads\npcr_threads.install(tuple(json.loads(${JSON.stringify(prefixes)})))`);
}

/** Writes a package's sources (by file name) to `dir/name/` in Pyodide's file system and puts `dir` on `sys.path`. */
export function writePythonPackage(
  pyodide: PyodideInterface,
  dir: string,
  name: string,
  files: Readonly<Record<string, string>>,
): void {
  // A JSON string literal is also a valid Python string literal.
  const payload = JSON.stringify(JSON.stringify({ dir, name, files }));
  pyodide.runPython(`
def _pcr_write_package(payload):
    import importlib, json, os, sys
    options = json.loads(payload)
    package = os.path.join(options["dir"], options["name"])
    os.makedirs(package, exist_ok=True)
    for name, source in options["files"].items():
        with open(os.path.join(package, name), "w", encoding="utf-8") as file:
            file.write(source)
    if options["dir"] not in sys.path:
        sys.path.append(options["dir"])
    importlib.invalidate_caches()
_pcr_write_package(${payload})
del _pcr_write_package
`);
}

/** What {@link setThreadsInterruptBuffer} needs of `pcr_threads.interrupt`, as a PyProxy. */
interface HostModule {
  set_stop_buffer(buffer: StopBuffer | null): void;
  destroy(): void;
}

/** The TypedArray the page writes 2 (SIGINT) into to stop a run. */
export type StopBuffer = Int32Array | Uint8Array;

/**
 * Hands the engine's stop flag to the green threads, instead of
 * `pyodide.setInterruptBuffer(view)`: while more than one thread is alive the
 * runtime installs its own counting buffer, which passes stops on from this
 * one. (A buffer installed directly is also picked up, at the next arming.)
 */
export function setThreadsInterruptBuffer(pyodide: PyodideInterface, view: StopBuffer | undefined): void {
  const host = pyodide.pyimport("pcr_threads.interrupt") as HostModule;
  try {
    host.set_stop_buffer(view ?? null);
  } finally {
    host.destroy();
  }
}
