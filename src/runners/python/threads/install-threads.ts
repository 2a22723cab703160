/**
 * Green threads for Python: installs our `_thread` replacement (the
 * `pcr_threads` package) into a loaded Pyodide, so the unmodified standard
 * library `threading`, `queue` and `concurrent.futures` run on JSPI stack
 * switching. The Python sources travel as text through Vite's `?raw` suffix.
 */
import type { PyodideInterface } from "pyodide";
import { installThreadSources, type InstallThreadsOptions } from "./install-core.ts";
import clock from "./pcr_threads/clock.py?raw";
import gcGuard from "./pcr_threads/gc_guard.py?raw";
import host from "./pcr_threads/host.py?raw";
import init from "./pcr_threads/__init__.py?raw";
import interrupt from "./pcr_threads/interrupt.py?raw";
import local from "./pcr_threads/local.py?raw";
import locks from "./pcr_threads/locks.py?raw";
import patch from "./pcr_threads/patch.py?raw";
import preempt from "./pcr_threads/preempt.py?raw";
import report from "./pcr_threads/report.py?raw";
import runtime from "./pcr_threads/runtime.py?raw";
import scheduler from "./pcr_threads/scheduler.py?raw";
import threadModule from "./pcr_threads/thread_module.py?raw";
import trace from "./pcr_threads/trace.py?raw";
import warmup from "./pcr_threads/warmup.py?raw";

/** The package's files, by name inside the `pcr_threads` folder. */
export const THREAD_SOURCES: Readonly<Record<string, string>> = {
  "__init__.py": init,
  "clock.py": clock,
  "gc_guard.py": gcGuard,
  "host.py": host,
  "interrupt.py": interrupt,
  "local.py": local,
  "locks.py": locks,
  "patch.py": patch,
  "preempt.py": preempt,
  "report.py": report,
  "runtime.py": runtime,
  "scheduler.py": scheduler,
  "thread_module.py": threadModule,
  "trace.py": trace,
  "warmup.py": warmup,
};

export {
  DEFAULT_THREADS_DIR,
  setThreadsInterruptBuffer,
  type InstallThreadsOptions,
  type StopBuffer,
} from "./install-core.ts";

/**
 * Writes the `pcr_threads` package into Pyodide's file system, imports it and
 * swaps `_thread` for the green one. Call once per interpreter, before any
 * learner code runs; calling it again does nothing.
 */
export function installThreads(pyodide: PyodideInterface, options: InstallThreadsOptions = {}): void {
  installThreadSources(pyodide, THREAD_SOURCES, options);
}
