import { beforeAll, describe, expect, test } from "vitest";
import { collectRun } from "../../src/runners/python/collect-run.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";

let engine: PythonEngine;
const run = (code: string[], request = {}) => collectRun(engine, code.join("\n"), request);

beforeAll(async () => {
  ({ engine } = await createNodePythonEngine());
});

describe("virtual clock", () => {
  test("gather of two sleeps takes the longer one on every clock", async () => {
    const { result, stdout } = await run([
      "import asyncio, time",
      "async def main():",
      "    clocks = (time.monotonic, time.perf_counter, time.time)",
      "    start = [clock() for clock in clocks]",
      "    await asyncio.gather(asyncio.sleep(0.1), asyncio.sleep(0.2))",
      "    print(*[round(clock() - s, 2) for clock, s in zip(clocks, start)])",
      "asyncio.run(main())",
    ]);
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["0.2 0.2 0.2"]);
  });

  test("time.sleep jumps ahead at once, nanosecond clocks included", async () => {
    const { stdout } = await run([
      "import time",
      "a, b = time.monotonic(), time.monotonic_ns()",
      "time.sleep(3600)",
      "print(round(time.monotonic() - a), round((time.monotonic_ns() - b) / 1e9))",
    ]);
    expect(stdout).toEqual(["3600 3600"]);
  });

  test("time.sleep inside a coroutine blocks the whole loop, as in CPython", async () => {
    const { stdout } = await run([
      "import asyncio, time",
      "async def blocker():",
      "    print('blocker start')",
      "    time.sleep(1)",
      "    print('blocker end')",
      "async def ticker():",
      "    for i in range(3):",
      "        print('tick', i)",
      "        await asyncio.sleep(0.3)",
      "async def main():",
      "    start = time.monotonic()",
      "    await asyncio.gather(ticker(), blocker())",
      "    print('total', round(time.monotonic() - start, 1))",
      "asyncio.run(main())",
    ]);
    expect(stdout).toEqual(["tick 0", "blocker start", "blocker end", "tick 1", "tick 2", "total 1.6"]);
  });

  test("wait_for, asyncio.timeout, TaskGroup, as_completed and Queue behave like CPython", async () => {
    const { result, stdout } = await run([
      "import asyncio, math, time",
      "# The virtual clock also counts real computation: step down to 0.05 s so that it cannot shift the",
      "# result, after allowing for floating-point error (0.5 can come out as 0.49999999999).",
      "def since(t0): return math.floor((time.monotonic() - t0 + 1e-6) * 20) / 20",
      "async def job(name, delay):",
      "    await asyncio.sleep(delay)",
      "    return name",
      "async def main():",
      "    t0 = time.monotonic()",
      "    try:",
      "        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)",
      "    except TimeoutError:",
      "        print('wait_for timed out at', since(t0))",
      "    try:",
      "        async with asyncio.timeout(0.25):",
      "            await asyncio.sleep(1)",
      "    except TimeoutError:",
      "        print('timeout at', since(t0))",
      "    async with asyncio.TaskGroup() as tg:",
      "        tasks = [tg.create_task(job(n, d)) for n, d in [('a', 0.3), ('b', 0.1)]]",
      "    print([t.result() for t in tasks])",
      "    print([await c for c in asyncio.as_completed([job('x', 0.2), job('y', 0.1)])])",
      "    q = asyncio.Queue(maxsize=1)",
      "    async def produce():",
      "        for i in range(3):",
      "            await q.put(i)",
      "        await q.put(None)",
      "    async def consume():",
      "        got = []",
      "        while (item := await q.get()) is not None:",
      "            got.append(item)",
      "        return got",
      "    print((await asyncio.gather(produce(), consume()))[1])",
      "    task = asyncio.create_task(asyncio.sleep(5))",
      "    await asyncio.sleep(0)",
      "    task.cancel()",
      "    try:",
      "        await task",
      "    except asyncio.CancelledError:",
      "        print('cancelled')",
      "    print('end at', since(t0))",
      "asyncio.run(main())",
    ]);
    expect(result.status).toBe("ok");
    expect(stdout).toEqual([
      "wait_for timed out at 0.5",
      "timeout at 0.75",
      "['a', 'b']",
      "['y', 'x']",
      "[0, 1, 2]",
      "cancelled",
      "end at 1.25",
    ]);
  });

  test("a loop with nothing left to wake it reports a deadlock instead of hanging", async () => {
    const { result } = await run([
      "import asyncio",
      "async def main():",
      "    await asyncio.Event().wait()",
      "asyncio.run(main())",
    ]);
    expect(result.status).toBe("error");
    expect(result.error?.message).toMatch(/deadlock/);
  });

  test("to_thread runs the call in a worker thread and returns its result", async () => {
    const { stdout } = await run([
      "import asyncio",
      "import threading",
      "def where(values):",
      "    return sum(values), threading.current_thread() is threading.main_thread()",
      "async def main():",
      "    print(await asyncio.to_thread(where, [1, 2, 3]))",
      "asyncio.run(main())",
    ]);
    expect(stdout).toEqual(["(6, False)"]);
  });

  test("counts this thread's computation, not wall time the machine spent elsewhere", async () => {
    // Atomics.wait blocks the thread for 0.3 s of wall time without computing: a busy
    // machine looks like that to a run. The virtual clock must not count it; the real one must.
    const program = [
      "import time",
      "from js import Atomics, Int32Array, SharedArrayBuffer",
      "flag = Int32Array.new(SharedArrayBuffer.new(4))",
      "start = time.monotonic()",
      "Atomics.wait(flag, 0, 0, 300)",
      "print(time.monotonic() - start < 0.15)",
    ];
    expect((await run(program, { clock: "virtual" })).stdout).toEqual(["True"]);
    expect((await run(program, { clock: "real" })).stdout).toEqual(["False"]);
  });

  test("timers due at the same moment fire in the same loop pass, so a TaskGroup sees both failures", async () => {
    const { stdout } = await run([
      "import asyncio",
      "async def fail(exc):",
      "    await asyncio.sleep(0.05)",
      "    raise exc",
      "async def main():",
      "    try:",
      "        async with asyncio.TaskGroup() as tg:",
      "            tg.create_task(fail(ValueError('v')))",
      "            tg.create_task(fail(KeyError('k')))",
      "    except* Exception as group:",
      "        print(sorted(type(e).__name__ for e in group.exceptions))",
      "asyncio.run(main())",
    ]);
    expect(stdout).toEqual(["['KeyError', 'ValueError']"]);
  });

  test("top-level await runs on the run's loop", async () => {
    const { result, stdout } = await run([
      "import asyncio, time",
      "t = time.monotonic()",
      "await asyncio.sleep(2)",
      "print(round(time.monotonic() - t, 1), asyncio.get_running_loop().__class__.__name__)",
    ]);
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["2.0 RunLoop"]);
  });
});

describe("the event loop, outside and between runs", () => {
  test("there is no running loop outside asyncio.run, as in CPython", async () => {
    const { stdout } = await run([
      "import asyncio",
      "for probe in (asyncio.get_running_loop, asyncio.get_event_loop):",
      "    try:",
      "        probe()",
      "        print('a loop')",
      "    except RuntimeError as error:",
      "        print('RuntimeError')",
      "asyncio.run(asyncio.sleep(0))",
      "asyncio.run(asyncio.sleep(0))",
      "print('ran twice')",
    ]);
    expect(stdout).toEqual(["RuntimeError", "RuntimeError", "ran twice"]);
  });

  test("the time module is Pyodide's own again after a run", async () => {
    await run(["import time", "time.sleep(1)"]);
    const { stdout } = await run(["import time", "print(time.sleep.__module__, time.monotonic.__module__)"], {
      clock: "real",
    });
    expect(stdout).toEqual(["pcr_threads time"]);
    const { stdout: outside } = await run(["import time", "print(time.sleep.__name__)"]);
    expect(outside).toEqual(["sleep"]);
  });
});

describe("real clock", () => {
  test("sleeps take real time and a blocking sleep still blocks the loop", async () => {
    const { result, stdout } = await run(
      [
        "import asyncio, time",
        "async def blocker():",
        "    t = time.monotonic()",
        "    time.sleep(0.05)",
        "    print('blocked', time.monotonic() - t >= 0.05)",
        "async def other():",
        "    print('other')",
        "async def main():",
        "    t = time.monotonic()",
        "    await asyncio.gather(blocker(), other(), asyncio.sleep(0.05))",
        "    print('elapsed', time.monotonic() - t >= 0.05)",
        "asyncio.run(main())",
      ],
      { clock: "real" },
    );
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["blocked True", "other", "elapsed True"]);
  });
});
