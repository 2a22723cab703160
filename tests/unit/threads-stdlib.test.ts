import { spawnSync } from "node:child_process";
import { loadPyodide, type PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { installThreads } from "../../src/runners/python/threads/install-threads.ts";
import { threadedRun, type ThreadedRunOptions } from "./helpers/threaded-run.ts";

// One Pyodide for the file; every program runs through begin_run/finish_run,
// as the engine will, so each test also checks that a run leaves nothing behind.
let py: PyodideInterface;
let out: string[] = [];
let err: string[] = [];

interface Outcome {
  out: string[];
  err: string[];
  error: string | null;
}

async function run(code: string, { mode = "exact", seed = 0 }: ThreadedRunOptions = {}): Promise<Outcome> {
  out = [];
  err = [];
  const error = (await py.runPythonAsync(threadedRun(code, { mode, seed }))) as string | undefined;
  return { out, err, error: error ?? null };
}

beforeAll(async () => {
  py = await loadPyodide();
  py.setStdout({ batched: (line) => out.push(line) });
  py.setStderr({ batched: (line) => err.push(line) });
  installThreads(py);
  // Pays first-time imports outside the tests' clocks.
  await run("import threading, time\nthreading.Thread(target=time.sleep, args=(0.01,)).start()");
});

describe("green threads under the unmodified stdlib", () => {
  it("overlaps sleeping threads: the run takes the longest sleep, and join order holds", async () => {
    const result = await run(`
import threading, time
t0 = time.monotonic()
def worker(n):
    time.sleep(0.1 * n)
    print("done", n, round(time.monotonic() - t0, 6))
ts = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
for t in ts: t.start()
for t in ts:
    t.join()
    print("joined", t.name)
print("elapsed", round(time.monotonic() - t0, 6))
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual([
      "done 1 0.1",
      "done 2 0.2",
      "done 3 0.3",
      "joined Thread-1 (worker)",
      "joined Thread-2 (worker)",
      "joined Thread-3 (worker)",
      "elapsed 0.3",
    ]);
  });

  it("runs Lock, RLock and a Condition producer-consumer", async () => {
    const result = await run(`
import threading, time
r = threading.RLock()
with r:
    with r:
        print("rlock reentered", r._is_owned())
lock = threading.Lock()
print(lock.acquire(timeout=0.5), lock.acquire(timeout=0.5), round(time.monotonic() % 1000, 3) >= 0)
lock.release()
cond = threading.Condition()
items = []
def consumer():
    with cond:
        while len(items) < 3:
            cond.wait()
        print("consumed", items)
def producer():
    for i in range(3):
        time.sleep(0.1)
        with cond:
            items.append(i)
            cond.notify()
c = threading.Thread(target=consumer); p = threading.Thread(target=producer)
c.start(); p.start(); c.join(); p.join()
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual(["rlock reentered True", "True False True", "consumed [0, 1, 2]"]);
  });

  it("bounds a queue.Queue and joins it with task_done", async () => {
    const result = await run(`
import threading, queue, time
q = queue.Queue(maxsize=2)
def producer():
    for i in range(4):
        q.put(i)
        print("put", i, round(time.monotonic() - t0, 3))
def consumer():
    while True:
        item = q.get()
        time.sleep(0.1)
        print("got", item)
        q.task_done()
t0 = time.monotonic()
threading.Thread(target=consumer, daemon=True).start()
threading.Thread(target=producer).start()
q.join()
print("all done", round(time.monotonic() - t0, 3))
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual([
      "put 0 0.0",
      "put 1 0.0",
      "put 2 0.0",
      "got 0",
      "put 3 0.1",
      "got 1",
      "got 2",
      "got 3",
      "all done 0.4",
    ]);
  });

  it("runs ThreadPoolExecutor: map keeps order, as_completed follows completion", async () => {
    const result = await run(`
import concurrent.futures as cf, threading, time
def job(n):
    time.sleep(0.1 * (4 - n))
    return n, threading.current_thread().name
with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="pool") as ex:
    print([r[0] for r in ex.map(job, range(4))])
    futures = [ex.submit(job, n) for n in range(4)]
    print([f.result()[0] for f in cf.as_completed(futures)])
    print(sorted({f.result()[1] for f in futures}))
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual(["[0, 1, 2, 3]", "[3, 2, 1, 0]", "['pool_0', 'pool_1', 'pool_2', 'pool_3']"]);
  });

  it("runs Event with Timer, Barrier, Semaphore and threading.local", async () => {
    const result = await run(`
import threading, time
t0 = time.monotonic()
ev = threading.Event()
threading.Timer(0.5, ev.set).start()
print("event", ev.wait(), round(time.monotonic() - t0, 3))
barrier = threading.Barrier(3)
def at_barrier(n):
    time.sleep(0.1 * n)
    barrier.wait()
    print("passed", n, round(time.monotonic() - t0, 3))
ts = [threading.Thread(target=at_barrier, args=(n,)) for n in range(3)]
for t in ts: t.start()
for t in ts: t.join()
sem = threading.Semaphore(2)
inside = []
most = 0
def limited(n):
    global most
    with sem:
        inside.append(n)
        most = max(most, len(inside))
        time.sleep(0.1)
        inside.remove(n)
t1 = time.monotonic()
ts = [threading.Thread(target=limited, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("at most", most, "inside, took", round(time.monotonic() - t1, 3))
data = threading.local()
def own(n):
    data.value = n
    time.sleep(0.01)
    print("local", n, data.value)
ts = [threading.Thread(target=own, args=(n,)) for n in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("main has value:", hasattr(data, "value"))
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual([
      "event True 0.5",
      "passed 2 0.7",
      "passed 0 0.7",
      "passed 1 0.7",
      "at most 2 inside, took 0.2",
      "local 0 0",
      "local 1 1",
      "main has value: False",
    ]);
  });

  it("prints an uncaught exception like threading.excepthook and carries on", async () => {
    const result = await run(`
import threading
def boom():
    raise ValueError("bad value")
t = threading.Thread(target=boom, name="Boomer")
t.start(); t.join()
print("still running")
`);
    expect(result.error).toBeNull();
    expect(result.out).toEqual(["still running"]);
    expect(result.err[0]).toBe("Exception in thread Boomer:");
    expect(result.err).toContain('  File "main.py", line 4, in boom');
    expect(result.err.at(-1)).toBe("ValueError: bad value");
  });
});

describe("deadlocks and the end of a run", () => {
  it("reports two locks taken in opposite order, with each thread and the lock's holder", async () => {
    const result = await run(`
import threading, time
lock_a = threading.Lock()
lock_b = threading.Lock()
def one():
    with lock_a:
        time.sleep(0.1)
        with lock_b:
            pass
def two():
    with lock_b:
        time.sleep(0.1)
        with lock_a:
            pass
t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start(); t2.start()
t1.join()
`);
    expect(result.error).toContain("DeadlockError: deadlock");
    expect(result.error).toContain(
      '"MainThread" waits in Thread.join() for "one" to finish (main.py, line 18: t1.join())',
    );
    expect(result.error).toContain('"one" waits to acquire lock_b, held by "two" (main.py, line 8: with lock_b:)');
    expect(result.error).toContain('"two" waits to acquire lock_a, held by "one" (main.py, line 13: with lock_a:)');
    // The next run starts clean.
    const next = await run("import threading\nprint(threading.active_count(), threading.Thread().name)");
    expect(next.out).toEqual(["1 Thread-1"]);
  });

  it("stops a daemon thread at the end of the run", async () => {
    const result = await run(`
import threading, time
def tick():
    while True:
        print("tick")
        time.sleep(0.3)
threading.Thread(target=tick, daemon=True).start()
time.sleep(0.7)
print("main done")
`);
    expect(result.out).toEqual(["tick", "tick", "tick", "main done"]);
    const later = await run("import time\ntime.sleep(5)\nprint('quiet')");
    expect(later.out).toEqual(["quiet"]);
  });

  it("waits for non-daemon threads before the run ends", async () => {
    const result = await run(`
import threading, time
def late():
    time.sleep(1)
    print("late thread finished")
threading.Thread(target=late).start()
print("main returns")
`);
    expect(result.out).toEqual(["main returns", "late thread finished"]);
  });
});

describe("engine hooks and unsupported entries", () => {
  it("lets an event loop wait on a Signal while other threads run", async () => {
    const result = await run(`
import threading, time, pcr_threads
signal = pcr_threads.Signal()
t0 = time.monotonic()
threading.Timer(0.2, signal.set).start()
print(signal.wait(1.0), round(time.monotonic() - t0, 3))
print(signal.wait(0.5), round(time.monotonic() - t0, 3))
`);
    expect(result.out).toEqual(["True 0.2", "False 0.7"]);
  });

  it("refuses to start a thread without stack switching, naming the browsers that have it", () => {
    const message = py.runPython(`
import threading, pcr_threads.host as host
saved = host.jspi_available
host.jspi_available = lambda: False
try:
    threading.Thread(target=print).start()
    message = "started"
except RuntimeError as e:
    message = str(e)
finally:
    host.jspi_available = saved
message
`) as string;
    expect(message).toContain("Chrome and Edge 137+, Firefox 139+ and Safari 27+");
  });

  it("explains a synchronous entry when the engine has stack switching", () => {
    const message = py.runPython(`
import threading
try:
    threading.Thread(target=print).start()
    message = "started"
except RuntimeError as e:
    message = str(e)
message
`) as string;
    expect(message).toContain("runPythonAsync");
  });
});

const python3 = spawnSync("python3", ["--version"]).status === 0;

describe("against CPython", () => {
  it.skipIf(!python3)(
    "prints what system python3 prints for a program whose output does not depend on timing jitter",
    async () => {
      const program = `
import threading, queue, time
q = queue.Queue()
def worker(name, delay):
    time.sleep(delay)
    q.put(name)
ts = [threading.Thread(target=worker, args=(n, d)) for n, d in (("slow", 0.3), ("fast", 0.1), ("mid", 0.2))]
for t in ts: t.start()
for t in ts: t.join()
print([q.get() for _ in range(3)], threading.active_count())
`;
      const cpython = spawnSync("python3", ["-c", program], { encoding: "utf8" });
      const ours = await run(program);
      expect(ours.out).toEqual(cpython.stdout.trimEnd().split("\n"));
    },
  );
});
