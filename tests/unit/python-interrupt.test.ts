import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { OutputLine } from "../../src/runners/protocol.ts";
import { collectRun } from "../../src/runners/python/collect-run.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";

let engine: PythonEngine;
let dispose: () => Promise<void>;

// The output listener runs on the same thread while Python runs, so writing
// into the interrupt buffer from it stops the program at a known point.
const stopOn = (text: string) => (line: OutputLine) => {
  if (line.text === text) engine.interrupt();
};

beforeAll(async () => {
  ({ engine, dispose } = await createNodePythonEngine({ enforceTimeLimit: true }));
});

afterAll(async () => {
  await dispose();
});

describe("stopping a run", () => {
  test("an interrupted busy loop ends as stopped, and the engine runs the next program", async () => {
    const { result, stdout } = await collectRun(
      engine,
      ["print('looping')", "while True:", "    pass"].join("\n"),
      {},
      stopOn("looping"),
    );
    expect(result.status).toBe("stopped");
    expect(result.error).toBeUndefined();
    expect(stdout).toEqual(["looping"]);
    const next = await collectRun(engine, "print('next')");
    expect(next.result.status).toBe("ok");
    expect(next.stdout).toEqual(["next"]);
  });

  test("a real-clock time.sleep is interruptible", async () => {
    const { result } = await collectRun(
      engine,
      ["import time", "print('sleeping')", "time.sleep(600)"].join("\n"),
      { clock: "real" },
      stopOn("sleeping"),
    );
    expect(result.status).toBe("stopped");
  });

  test("a real-clock asyncio program waiting on a long sleep is interruptible", async () => {
    const code = [
      "import asyncio",
      "async def main():",
      "    print('waiting')",
      "    await asyncio.sleep(600)",
      "asyncio.run(main())",
    ];
    const { result } = await collectRun(engine, code.join("\n"), { clock: "real" }, stopOn("waiting"));
    expect(result.status).toBe("stopped");
    const next = await collectRun(
      engine,
      ["import asyncio", "asyncio.run(asyncio.sleep(0.01))", "print('ok')"].join("\n"),
    );
    expect(next.stdout).toEqual(["ok"]);
  });

  test("a program that outlives its time limit ends as timeout", async () => {
    const { result } = await collectRun(engine, "while True:\n    pass", { timeLimitMs: 200 });
    expect(result.status).toBe("timeout");
    expect(result.note).toMatch(/time limit/);
    const next = await collectRun(engine, "print('after')", { timeLimitMs: 200 });
    expect(next.result.status).toBe("ok");
  });

  test("a stop requested between runs does not end the next one", async () => {
    engine.interrupt();
    const { result, stdout } = await collectRun(engine, "for i in range(100000):\n    pass\nprint('done')");
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["done"]);
  });
});
