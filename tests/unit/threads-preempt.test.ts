import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { installThreads, setThreadsInterruptBuffer } from "../../src/runners/python/threads/install-threads.ts";
import { threadedRun } from "./helpers/threaded-run.ts";

// Preemption and Stop: the signal-driven switch clock of pcr_threads.
let py: PyodideInterface;
let out: string[] = [];
let err: string[] = [];

interface Outcome {
  out: string[];
  err: string[];
  error: string | null;
}

async function run(code: string, seed = 0): Promise<Outcome> {
  out = [];
  err = [];
  const error = (await py.runPythonAsync(threadedRun(code, { seed }))) as string | undefined;
  return { out, err, error: error ?? null };
}

beforeAll(async () => {
  py = await loadPyodide();
  py.setStdout({ batched: (line) => out.push(line) });
  py.setStderr({ batched: (line) => err.push(line) });
  installThreads(py);
});

const race = `
import threading
counter = 0
def add():
    global counter
    for _ in range(20000):
        counter += 1
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

describe("preemption", () => {
  it("loses the same updates for the same seed, and different ones for another", async () => {
    const first = await run(race, 7);
    const second = await run(race, 7);
    const other = await run(race, 8);
    expect(Number(first.out[0])).toBeLessThan(80000);
    expect(second.out).toEqual(first.out);
    expect(other.out).not.toEqual(first.out);
  });

  it("gives the exact total when a lock guards the update", async () => {
    const locked = race
      .replace("counter += 1", "with lock:\n            counter += 1")
      .replace("counter = 0", "counter = 0\nlock = threading.Lock()");
    const result = await run(locked, 7);
    expect(result.out).toEqual(["80000"]);
  });

  it("switches inside a statement, not only at loop ends and calls", async () => {
    // Eval-breaker checks fall only on backward jumps and calls; a switch
    // between the load and the store of \`counter += 1\` needs the landing step.
    const result = await run(
      race.replace("print(counter)", "") +
        `
import dis, sys, pcr_threads
sched = pcr_threads.runtime.scheduler
ops = [(i.offset, i.opname, i.argval) for i in dis.get_instructions(add)]
load = next(o for o, name, arg in ops if name == "LOAD_GLOBAL" and arg == "counter")
store = next(o for o, name, arg in ops if name == "STORE_GLOBAL" and arg == "counter")
landed = []
def spy():
    frame = sys._getframe(1)
    while frame is not None and frame.f_code is not add.__code__:
        frame = frame.f_back
    if frame is not None:
        landed.append(frame.f_lasti)
    type(sched).yield_now(sched)
sched.yield_now = spy
counter = 0
ts = [threading.Thread(target=add) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
del sched.yield_now
print(len(landed) > 0, any(load < offset < store for offset in landed))
`,
      7,
    );
    expect(result.error).toBeNull();
    expect(result.out).toEqual(["True True"]);
  });

  it("follows sys.setswitchinterval: a shorter interval switches more often", async () => {
    const program = (interval: number) => `
import sys, threading, pcr_threads
sys.setswitchinterval(${interval})
def spin():
    for _ in range(20000):
        pass
before = pcr_threads.runtime.scheduler.switches
ts = [threading.Thread(target=spin) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
sys.setswitchinterval(0.005)
print(pcr_threads.runtime.scheduler.switches - before)
`;
    const often = Number((await run(program(0.0005))).out[0]);
    const rarely = Number((await run(program(0.05))).out[0]);
    expect(often).toBeGreaterThan(rarely);
  });

  it("instruments nothing while only one thread is alive", async () => {
    const result = await run(`
import sys, threading
from pcr_threads import preempt
def events():
    # The monitoring tool id is claimed once and kept; what matters is which events are on.
    armed, installed, tool = preempt.state()
    on = 0 if tool is None else sys.monitoring.get_events(tool) | sys.monitoring.get_local_events(tool, inside.__code__)
    return armed, installed, on
def inside():
    armed, installed, tool = preempt.state()
    print("two threads", armed, installed, sys.monitoring.get_tool(tool))
print("alone", events())
t = threading.Thread(target=inside)
t.start(); t.join()
print("alone again", events())
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual([
      "alone (False, False, 0)",
      "two threads True True pcr_threads",
      "alone again (False, False, 0)",
    ]);
  });
});

describe("Stop with threads alive", () => {
  const spinning = `
import threading, js
def spin():
    n = 0
    while True:
        n += 1
        if n == 200000:
            js.pcrStopView[0] = 2  # what the page's Stop button does
t = threading.Thread(target=spin, name="spinner", daemon=True)
t.start()
t.join()
print("not reached")
`;

  async function stopRun(install: (view: Int32Array) => void): Promise<Outcome> {
    const view = new Int32Array(new SharedArrayBuffer(4));
    (globalThis as { pcrStopView?: Int32Array }).pcrStopView = view;
    install(view);
    try {
      const result = await run(spinning);
      expect(view[0]).toBe(0);
      // With one thread left, Pyodide reads the engine's buffer itself again.
      expect(py.runPython("import pcr_threads.interrupt as i; i.installed_buffer()")).toBe(view);
      return result;
    } finally {
      setThreadsInterruptBuffer(py, undefined);
    }
  }

  it("raises KeyboardInterrupt in the main thread while another thread spins", async () => {
    const result = await stopRun((view) => setThreadsInterruptBuffer(py, view));
    expect(result.error).toBe("KeyboardInterrupt: ");
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([]);
  });

  it("also passes on a stop buffer the engine gave Pyodide directly", async () => {
    const result = await stopRun((view) => py.setInterruptBuffer(view));
    expect(result.error).toBe("KeyboardInterrupt: ");
    expect(result.out).toEqual([]);
  });
});
