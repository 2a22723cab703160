/**
 * Processes on the Node runtime: what the faithfulness suite cannot compare
 * with CPython (limits, reuse, stopping, a host without process workers).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { collectRun } from "../../src/runners/python/collect-run.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";
import type { ProcessTable } from "../../src/runners/python/processes/process-table.ts";

let engine: PythonEngine;
let table: ProcessTable;
let dispose: () => Promise<void>;
const run = (code: string[], request = {}) => collectRun(engine, code.join("\n"), request);

beforeAll(async () => {
  const created = await createNodePythonEngine({ enforceTimeLimit: true });
  engine = created.engine;
  dispose = created.dispose;
  if (created.processTable === undefined) throw new Error("the Node engine should have a process table");
  table = created.processTable;
});

afterAll(async () => {
  await dispose();
});

describe("processes", () => {
  test("a child runs in another interpreter: its pid differs and the parent's globals stay as they were", async () => {
    const { result, stdout } = await run([
      "import multiprocessing, os",
      "counter = 0",
      "def bump(pids):",
      "    global counter",
      "    counter += 1",
      "    print('child sees', counter, os.getppid() == pids, flush=True)",
      "if __name__ == '__main__':",
      "    p = multiprocessing.Process(target=bump, args=(os.getpid(),))",
      "    p.start(); p.join()",
      "    print('parent sees', counter, p.pid != os.getpid())",
    ]);
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["child sees 1 True", "parent sees 0 True"]);
  });

  test("the trace records when a process started and when its parent saw it end", async () => {
    const { result } = await run(
      [
        "import multiprocessing",
        "if __name__ == '__main__':",
        "    p = multiprocessing.Process(target=print, name='worker-A'); p.start(); p.join()",
      ],
      { trace: true },
    );
    const { traceEvents } = JSON.parse(result.trace ?? "{}") as {
      traceEvents: Array<{ name: string; args?: Record<string, unknown> }>;
    };
    const events = traceEvents
      .filter((event) => event.name === "process_start" || event.name === "process_end")
      .map(({ name, args }) => [name, args?.["name"] ?? args?.["exitcode"]]);
    expect(events).toEqual([
      ["process_start", "worker-A"],
      ["process_end", 0],
    ]);
  });

  test("terminate() ends a child with -SIGTERM, as on POSIX", async () => {
    const { stdout } = await run([
      "import multiprocessing, time",
      "def forever():",
      "    while True: time.sleep(1)",
      "if __name__ == '__main__':",
      "    p = multiprocessing.Process(target=forever, daemon=True)",
      "    p.start(); p.terminate(); p.join()",
      "    print(p.exitcode, p.is_alive())",
    ]);
    expect(stdout).toEqual(["-15 False"]);
  });

  test("more live processes than the limit fail the way fork does when the system says no", async () => {
    const { stdout } = await run([
      "import multiprocessing, time",
      "def wait(): time.sleep(30)",
      "if __name__ == '__main__':",
      "    started = []",
      "    try:",
      "        for _ in range(20):",
      "            p = multiprocessing.Process(target=wait, daemon=True); p.start(); started.append(p)",
      "    except BlockingIOError as error:",
      "        print(type(error).__name__, error.strerror, len(started))",
      "    for p in started: p.terminate()",
    ]);
    expect(stdout).toEqual(["BlockingIOError Resource temporarily unavailable 8"]);
  });

  test("a pool bigger than the device allows is cut down, with a warning that says why", async () => {
    const { stdout, stderr } = await run([
      "import multiprocessing",
      "if __name__ == '__main__':",
      "    with multiprocessing.Pool(64) as pool:",
      "        print(pool._processes <= multiprocessing.cpu_count() or pool._processes == 2)",
    ]);
    expect(stdout).toEqual(["True"]);
    expect(stderr.join("\n")).toMatch(
      /RuntimeWarning: Pool asked for 64 processes; this device runs at most \d+ at once/,
    );
  });

  test("a stopped run kills its children, and the next run starts clean", async () => {
    const stopped = await collectRun(
      engine,
      [
        "import multiprocessing, time",
        "def spin():",
        "    while True: pass",
        "if __name__ == '__main__':",
        "    p = multiprocessing.Process(target=spin); p.start()",
        "    print('started', flush=True)",
        "    p.join()",
      ].join("\n"),
      { clock: "real", timeLimitMs: 4000 },
    );
    expect(stopped.result.status).toBe("timeout");
    const { stdout } = await run([
      "import multiprocessing",
      "print(len(multiprocessing.active_children()), multiprocessing.current_process().name)",
    ]);
    expect(stdout).toEqual(["0 MainProcess"]);
  });
  test("idle workers are reused by the next run instead of starting Python again", async () => {
    const program = [
      "import multiprocessing",
      "if __name__ == '__main__':",
      // close() + join() lets the workers exit by themselves; `with` would terminate (kill) them.
      "    pool = multiprocessing.Pool(2)",
      "    print(pool.map(abs, [-1, -2, -3]))",
      "    pool.close(); pool.join()",
    ];
    expect((await run(program)).stdout).toEqual(["[1, 2, 3]"]);
    const workers = table.workerCount;
    expect(workers).toBeGreaterThanOrEqual(1);
    expect((await run(program)).stdout).toEqual(["[1, 2, 3]"]);
    expect(table.workerCount).toBe(workers);
  });
});

describe("without process workers", () => {
  test("starting a process says why it cannot, and threads still work", async () => {
    const bare = await createNodePythonEngine({ processes: false });
    const { result, stdout } = await collectRun(
      bare.engine,
      [
        "import multiprocessing, threading",
        "t = threading.Thread(target=print, args=('thread ok',)); t.start(); t.join()",
        "if __name__ == '__main__':",
        "    try:",
        "        multiprocessing.Process(target=print).start()",
        "    except Exception as error:",
        "        print(type(error).__name__, error)",
      ].join("\n"),
    );
    await bare.dispose();
    expect(result.status).toBe("ok");
    expect(stdout[0]).toBe("thread ok");
    expect(stdout[1]).toMatch(/without process workers/);
  });
});
