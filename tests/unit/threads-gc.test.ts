import { readFileSync } from "node:fs";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";
import { installThreads } from "../../src/runners/python/threads/install-threads.ts";

// CPython 3.14's automatic collector walks every thread state's frames; a
// parked green thread's frames point into C stack memory Pyodide reuses, so
// automatic collection must be off while any other thread is parked.
let py: PyodideInterface;

beforeAll(async () => {
  py = await loadPyodide();
  installThreads(py);
});

async function gcStates(prelude: string): Promise<string> {
  return (await py.runPythonAsync(`
import gc, threading, pcr_threads
pcr_threads.begin_run(mode="exact")
${prelude}
seen = [gc.isenabled()]
go = threading.Event()
def work():
    seen.append(gc.isenabled())
    go.wait()
t = threading.Thread(target=work)
t.start()
seen.append(gc.isenabled())
go.set()
t.join()
seen.append(gc.isenabled())
pcr_threads.finish_run()
seen.append(gc.isenabled())
gc.enable()
repr(seen)
`)) as string;
}

describe("garbage collection with parked threads", () => {
  it("is paused while a second thread is alive and back on afterwards", async () => {
    expect(await gcStates("")).toBe("[True, False, False, True, True]");
  });

  it("leaves a program's own gc.disable() in place", async () => {
    expect(await gcStates("gc.disable()")).toBe("[False, False, False, False, False]");
  });
});

// The sequence that crashed Pyodide ("memory access out of bounds") at its
// last run before the fix: every run on one interpreter, both clocks.
const ROOT = "tests/faithfulness/programs";
const PROGRAMS = [
  ...[
    "01-chained-traceback",
    "02-error-in-coroutine",
    "03-exception-group-uncaught",
    "04-sys-exit-in-coroutine",
    "05-sys-exit-in-thread",
    "06-callback-exception",
    "07-custom-exception-handler",
    "08-thread-error-and-result",
  ].map((name) => `errors/${name}.py`),
  ...[
    "01-submit-result",
    "02-map-order",
    "03-as-completed",
    "04-wait-first-all",
    "05-exception-result",
    "06-cancel",
    "07-shutdown",
    "08-names-max-workers",
    "09-done-callbacks",
    "11-seed002-thread-fetch",
  ].map((name) => `futures/${name}.py`),
];

describe("many threaded programs in one interpreter", () => {
  let engine: PythonEngine;
  beforeAll(async () => {
    ({ engine } = await createNodePythonEngine());
  });

  it("runs them all without a fatal error", async () => {
    const statuses: string[] = [];
    for (const path of PROGRAMS) {
      for (const clock of ["real", "virtual"] as const) {
        const code = readFileSync(`${ROOT}/${path}`, "utf8");
        const result = await engine.run(
          { code, filename: path.split("/")[1] ?? "main.py", clock, timeLimitMs: 15_000 },
          () => {},
        );
        statuses.push(`${path} ${clock} ${result.status}`);
      }
    }
    expect(statuses).toHaveLength(PROGRAMS.length * 2);
    expect(statuses.filter((line) => line.endsWith("stopped"))).toEqual([]);
  }, 60_000);
});
