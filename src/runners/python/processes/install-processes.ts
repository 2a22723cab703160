/**
 * Processes for Python: writes the `pcr_processes` package into a loaded
 * Pyodide and plugs it into the standard library's `multiprocessing`. The
 * interpreter must already have `_pcr_kernel` (a ProcessKernel's module)
 * and the green threads.
 */
import type { PyodideInterface } from "pyodide";
import { DEFAULT_THREADS_DIR, writePythonPackage } from "../threads/install-core.ts";
import child from "./pcr_processes/child.py?raw";
import connection from "./pcr_processes/connection.py?raw";
import init from "./pcr_processes/__init__.py?raw";
import kernel from "./pcr_processes/kernel.py?raw";
import popen from "./pcr_processes/popen.py?raw";
import semlock from "./pcr_processes/semlock.py?raw";
import shared from "./pcr_processes/shared.py?raw";

export const PROCESS_SOURCES: Readonly<Record<string, string>> = {
  "__init__.py": init,
  "child.py": child,
  "connection.py": connection,
  "kernel.py": kernel,
  "popen.py": popen,
  "semlock.py": semlock,
  "shared.py": shared,
};

/** Installs `pcr_processes` once per interpreter, after `installThreads`. */
export function installProcesses(pyodide: PyodideInterface): void {
  writePythonPackage(pyodide, DEFAULT_THREADS_DIR, "pcr_processes", PROCESS_SOURCES);
  pyodide.runPython("import pcr_processes\npcr_processes.install()");
}
