/**
 * Green threads for Python: installs our `_thread` replacement (the
 * `pcr_threads` package) into a loaded Pyodide, so the unmodified standard
 * library `threading`, `queue` and `concurrent.futures` run on JSPI stack
 * switching. The Python sources travel as text through Vite's `?raw` suffix.
 */
import type { PyodideInterface } from "pyodide";
import clock from "./pcr_threads/clock.py?raw";
import host from "./pcr_threads/host.py?raw";
import init from "./pcr_threads/__init__.py?raw";
import local from "./pcr_threads/local.py?raw";
import locks from "./pcr_threads/locks.py?raw";
import patch from "./pcr_threads/patch.py?raw";
import preempt from "./pcr_threads/preempt.py?raw";
import report from "./pcr_threads/report.py?raw";
import runtime from "./pcr_threads/runtime.py?raw";
import scheduler from "./pcr_threads/scheduler.py?raw";
import threadModule from "./pcr_threads/thread_module.py?raw";

/** The package's files, by name inside the `pcr_threads` folder. */
export const THREAD_SOURCES: Readonly<Record<string, string>> = {
  "__init__.py": init,
  "clock.py": clock,
  "host.py": host,
  "local.py": local,
  "locks.py": locks,
  "patch.py": patch,
  "preempt.py": preempt,
  "report.py": report,
  "runtime.py": runtime,
  "scheduler.py": scheduler,
  "thread_module.py": threadModule,
};

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
 * Writes the `pcr_threads` package into Pyodide's file system, imports it and
 * swaps `_thread` for the green one. Call once per interpreter, before any
 * learner code runs; calling it again does nothing.
 */
export function installThreads(pyodide: PyodideInterface, options: InstallThreadsOptions = {}): void {
  const payload = {
    dir: options.dir ?? DEFAULT_THREADS_DIR,
    prefixes: options.excludedPrefixes ?? ["<_pcr_"],
    files: THREAD_SOURCES,
  };
  // A JSON string literal is also a valid Python string literal.
  pyodide.runPython(`
def _pcr_install_threads(payload):
    import json, os, sys
    options = json.loads(payload)
    package = os.path.join(options["dir"], "pcr_threads")
    os.makedirs(package, exist_ok=True)
    for name, source in options["files"].items():
        with open(os.path.join(package, name), "w", encoding="utf-8") as file:
            file.write(source)
    if options["dir"] not in sys.path:
        sys.path.append(options["dir"])
    import pcr_threads
    pcr_threads.install(tuple(options["prefixes"]))
_pcr_install_threads(${JSON.stringify(JSON.stringify(payload))})
del _pcr_install_threads
`);
}
