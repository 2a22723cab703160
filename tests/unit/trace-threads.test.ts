import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { installThreads } from "../../src/runners/python/threads/install-threads.ts";
import { threadedRun } from "./helpers/threaded-run.ts";

// The tracer of green-thread runs (pcr_threads.trace), driven directly as the
// runner would: trace.start() before begin_run, trace.stop() after finish_run.
let py: PyodideInterface;

interface TraceEvent {
  ev: string;
  t: number;
  tid: number;
  [field: string]: unknown;
}

interface ChromeEvent {
  ph: string;
  tid: number;
  name: string;
  ts?: number;
  dur?: number;
  args?: Record<string, unknown>;
}

interface Traced {
  error: string | null;
  events: TraceEvent[];
  chrome: string;
}

async function run(code: string, { seed = 0, trace = true } = {}): Promise<Traced> {
  const raw = (await py.runPythonAsync(
    threadedRun(code, {
      seed,
      before: trace ? "from pcr_threads import trace\ntrace.start()" : "from pcr_threads import trace",
      result:
        'import json\n_events = trace.stop()\njson.dumps({"error": _error, "events": _events, "chrome": trace.chrome_json(_events)})',
    }),
  )) as string;
  return JSON.parse(raw) as Traced;
}

const TWO_WORKERS = `
import threading, time
lock = threading.Lock()
total = 0
def work(n):
    global total
    for _ in range(3):
        with lock:
            value = total
            time.sleep(0.01 * n)
            total = value + 1
ts = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in (1, 2)]
for t in ts: t.start()
for t in ts: t.join()
assert total == 6, total
`;

/** Replays acquire/release events; fails on a second holder or a release by a non-holder. */
function checkLockOrder(events: TraceEvent[]): number {
  const holder = new Map<unknown, number>();
  let acquisitions = 0;
  for (const event of events) {
    if (event.ev === "lock_acquire") {
      expect(holder.has(event.lock), `lock ${String(event.lock)} acquired while held`).toBe(false);
      holder.set(event.lock, event.tid);
      acquisitions += 1;
    } else if (event.ev === "lock_release") {
      expect(holder.has(event.lock), `lock ${String(event.lock)} released while free`).toBe(true);
      holder.delete(event.lock);
    }
  }
  return acquisitions;
}

beforeAll(async () => {
  py = await loadPyodide();
  installThreads(py);
  // First-time imports and the warm-up stay out of the traced runs.
  await run("import threading, time\nthreading.Thread(target=time.sleep, args=(0.01,)).start()", { trace: false });
});

describe("tracing a green-thread run", () => {
  it("records both threads' lives, their switches and a consistent lock history", async () => {
    const { error, events } = await run(TWO_WORKERS);
    expect(error).toBeNull();
    const starts = events.filter((e) => e.ev === "thread_start").map((e) => e.tid);
    const ends = events.filter((e) => e.ev === "thread_end");
    expect(starts).toHaveLength(2);
    expect(new Set(ends.map((e) => e.tid))).toEqual(new Set(starts));
    expect(ends.map((e) => e.name).sort()).toEqual(["w1", "w2"]);
    // Each thread ends after it starts.
    for (const tid of starts) {
      expect(events.findIndex((e) => e.ev === "thread_end" && e.tid === tid)).toBeGreaterThan(
        events.findIndex((e) => e.ev === "thread_start" && e.tid === tid),
      );
    }
    const userLock = events.find((e) => e.ev === "lock_acquire" && e.label === "Lock")?.lock;
    expect(userLock).toBeDefined();
    const onUserLock = events.filter((e) => e.lock === userLock);
    expect(onUserLock.filter((e) => e.ev === "lock_acquire")).toHaveLength(6);
    expect(onUserLock.filter((e) => e.ev === "lock_release")).toHaveLength(6);
    // The second worker blocks on the lock the sleeping first one holds.
    expect(onUserLock.some((e) => e.ev === "lock_wait")).toBe(true);
    expect(checkLockOrder(events)).toBeGreaterThanOrEqual(6);
    const switches = events.filter((e) => e.ev === "switch");
    expect(switches.some((e) => e.reason === "blocked" && e.on === "lock")).toBe(true);
    expect(switches.some((e) => e.reason === "blocked" && e.on === "sleep")).toBe(true);
    expect(switches.filter((e) => e.reason === "finished")).toHaveLength(2);
    // Every switch leaves the thread that was running.
    let running = events[0]?.tid;
    for (const s of switches) {
      expect(s.src).toBe(running);
      expect(s.tid).toBe(s.src);
      running = s.dst as number;
    }
    const sleeps = events.filter((e) => e.ev === "sleep").map((e) => e.seconds);
    expect(sleeps.sort()).toEqual([0.01, 0.01, 0.01, 0.02, 0.02, 0.02]);
    // The exact clock moves only by sleeps, which the lock serialises: 3 × 0.01 + 3 × 0.02.
    expect(events.at(-1)?.ev).toBe("trace_stop");
    expect(events.at(-1)?.t).toBeCloseTo(0.09, 9);
  });

  it("exports Chrome trace JSON with running slices and names for every thread", async () => {
    const { events, chrome } = await run(TWO_WORKERS);
    const parsed = JSON.parse(chrome) as { traceEvents: ChromeEvent[] };
    const workers = [...new Set(events.filter((e) => e.ev === "thread_start").map((e) => e.tid))];
    const main = events[0]?.tid;
    const slices = parsed.traceEvents.filter((e) => e.ph === "X");
    for (const tid of [main, ...workers]) expect(slices.some((e) => e.tid === tid)).toBe(true);
    // Slices of one process never overlap: one thread runs at a time.
    const ordered = [...slices].sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
    for (let i = 1; i < ordered.length; i += 1) {
      const previous = ordered[i - 1] as ChromeEvent;
      expect((ordered[i] as ChromeEvent).ts).toBeGreaterThanOrEqual((previous.ts ?? 0) + (previous.dur ?? 0) - 1e-6);
    }
    const names = Object.fromEntries(
      parsed.traceEvents.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => [e.tid, e.args?.name]),
    );
    expect(Object.values(names).sort()).toEqual(["MainThread", "w1", "w2"]);
    const instants = parsed.traceEvents.filter((e) => e.ph === "i").map((e) => e.name);
    expect(instants).toEqual(expect.arrayContaining(["lock_acquire", "lock_release", "sleep", "thread_start"]));
    // Microseconds: the last sleep ends 90 000 µs in.
    expect(Math.max(...slices.map((e) => (e.ts ?? 0) + (e.dur ?? 0)))).toBeCloseTo(90_000, 3);
  });

  it("records nothing when tracing is off", async () => {
    const traced = await run(TWO_WORKERS, { trace: false });
    expect(traced.error).toBeNull();
    expect(traced.events).toEqual([]);
    expect(await py.runPythonAsync("len(__import__('pcr_threads').trace._events)")).toBe(0);
  });

  it("gives the same events for the same seed, preemption included", async () => {
    const racing = `
import threading
n = 0
def work():
    global n
    for _ in range(20000):
        n += 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`;
    // Idents keep counting across runs and addresses differ: compare them by first appearance.
    const strip = (events: TraceEvent[]) => {
      const order = new Map<unknown, number>();
      const local = (tid: unknown) => order.get(tid) ?? order.set(tid, order.size).get(tid);
      return events.map(({ addr: _addr, tid, src, dst, ...rest }) => ({
        ...rest,
        tid: local(tid),
        ...(src === undefined ? {} : { src: local(src), dst: local(dst) }),
      }));
    };
    const first = await run(racing, { seed: 7 });
    const second = await run(racing, { seed: 7 });
    expect(first.error).toBeNull();
    expect(strip(second.events)).toEqual(strip(first.events));
    expect(first.events.some((e) => e.ev === "switch" && e.reason === "preempted")).toBe(true);
  });

  it("names the stdlib object a lock belongs to", async () => {
    const { error, events } = await run(`
import threading, queue
r = threading.RLock()
with r:
    with r:
        pass
sem = threading.Semaphore(1)
with sem:
    pass
q = queue.Queue()
threading.Thread(target=q.put, args=(1,)).start()
q.get()
`);
    expect(error).toBeNull();
    const labels = new Set(events.filter((e) => e.ev === "lock_acquire").map((e) => e.label));
    expect([...labels]).toEqual(expect.arrayContaining(["RLock", "Semaphore", "Queue"]));
  });
});
