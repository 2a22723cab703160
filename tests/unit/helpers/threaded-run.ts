/**
 * The Python that the green-thread tests run through `runPythonAsync`: one
 * program between `pcr_threads.begin_run` and `finish_run`, as the engine
 * runs it, leaving the first error's "Type: message" (or None) in `_error`.
 */
export interface ThreadedRunOptions {
  mode?: "real" | "virtual" | "exact";
  seed?: number;
  /** Python run before `begin_run` (e.g. starting a trace). */
  before?: string;
  /** Python whose value is the result, evaluated after `finish_run` (default `_error`). */
  result?: string;
}

export function threadedRun(code: string, options: ThreadedRunOptions = {}): string {
  const { mode = "exact", seed = 0, before = "", result = "_error" } = options;
  return `
import linecache, pcr_threads
${before}
pcr_threads.begin_run(mode=${JSON.stringify(mode)}, seed=${seed})
_error = None
try:
    _src = ${JSON.stringify(code)}
    # Tracebacks show the program's lines, as they do for a learner's file.
    linecache.cache["main.py"] = (len(_src), None, _src.splitlines(True), "main.py")
    exec(compile(_src, "main.py", "exec"), {"__name__": "__main__"})
except BaseException as e:
    _error = f"{type(e).__name__}: {e}"
try:
    pcr_threads.finish_run()
except BaseException as e:
    _error = _error or f"{type(e).__name__}: {e}"
${result}
`;
}
