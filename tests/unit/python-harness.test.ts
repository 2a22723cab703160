import { beforeAll, describe, expect, test } from "vitest";
import { collectRun } from "../../src/runners/python/collect-run.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";

let engine: PythonEngine;

const LEARNER = [
  "import asyncio",
  "import grader",
  "import net",
  "",
  "async def fetch(name, delay):",
  "    grader.event(f'start:{name}')",
  "    await net.wait(delay)",
  "    grader.event(f'end:{name}')",
  "    return name.upper()",
  "",
  "async def main():",
  "    return await asyncio.gather(fetch('a', 0.3), fetch('b', 0.1))",
  "",
  "def fail():",
  "    raise ValueError('no pages')",
  "",
  "if __name__ == '__main__':",
  "    print('main block ran')",
].join("\n");

const SUPPORT = { net: ["import asyncio", "", "async def wait(delay):", "    await asyncio.sleep(delay)"].join("\n") };

function graded(check: string[], code = LEARNER) {
  return collectRun(engine, code, { harness: { code: check.join("\n"), support: SUPPORT } });
}

beforeAll(async () => {
  ({ engine } = await createNodePythonEngine());
});

describe("graded runs", () => {
  test("values, events, timings and attempts come back as observations", async () => {
    const { result, stdout } = await graded([
      "async def check(learner, grader):",
      "    pages = await grader.measure('total', learner.main())",
      "    grader.value('pages', pages)",
      "    grader.value('pair', (1, (2, 3)))",
      "    await grader.attempt('failing', learner.fail)",
      "    await grader.attempt('fine', lambda: 42)",
      "    grader.timing('manual', 1.5)",
      "    grader.event('done')",
    ]);
    expect(stdout).toEqual([]); // the learner's __main__ block does not run
    expect(result.status).toBe("ok");
    expect(result.harnessError).toBeUndefined();
    const observations = result.observations ?? { values: {}, errors: {}, events: [], timings: {} };
    expect(observations.values).toEqual({ pages: ["A", "B"], pair: [1, [2, 3]] });
    expect(observations.events.map((event) => event.label)).toEqual(["start:a", "start:b", "end:b", "end:a", "done"]);
    const at = Object.fromEntries(observations.events.map((event) => [event.label, event.at]));
    const since = (from: string, to: string) => Number(((at[to] ?? NaN) - (at[from] ?? NaN)).toFixed(2));
    expect([since("start:a", "start:b"), since("start:a", "end:b"), since("start:a", "end:a")]).toEqual([0, 0.1, 0.3]);
    expect(Number((observations.timings.total ?? NaN).toFixed(2))).toBe(0.3);
    expect(observations.timings.manual).toBe(1.5);
    expect(observations.errors).toEqual({
      failing: { type: "ValueError", message: "no pages" },
      fine: { type: null, message: "" },
    });
  });

  test("a harness that raises is reported as harnessError, not as the learner's error", async () => {
    const { result } = await graded(["async def check(learner, grader):", "    learner.mian()"]);
    expect(result.status).toBe("ok");
    expect(result.error).toBeUndefined();
    expect(result.harnessError?.type).toBe("AttributeError");
    expect(result.harnessError?.traceback).toContain('File "check.py", line 2, in check');
  });

  test("a harness without check() is a harnessError", async () => {
    const { result } = await graded(["x = 1"]);
    expect(result.harnessError?.message).toMatch(/must define `async def check\(learner, grader\)`/);
  });

  test("a value that is not JSON is a clear harnessError", async () => {
    const { result } = await graded(["async def check(learner, grader):", "    grader.value('s', {1, 2})"]);
    expect(result.status).toBe("ok");
    expect(result.harnessError?.type).toBe("TypeError");
    expect(result.harnessError?.message).toMatch(/grader\.value\('s'\) is a set, which is not JSON/);
  });

  test("the learner's code failing on import is the learner's error", async () => {
    const { result, stderr } = await graded(["async def check(learner, grader):", "    pass"], "x = 1 / 0");
    expect(result).toMatchObject({ status: "error", error: { type: "ZeroDivisionError", line: 1 } });
    expect(result.observations).toBeUndefined();
    expect(stderr.at(-1)).toBe("ZeroDivisionError: division by zero");
  });

  test("the learner's code failing inside check is the learner's error, traced through support modules", async () => {
    const code = ["import net", "async def main():", "    await net.wait('soon')"].join("\n");
    const { result } = await graded(["async def check(learner, grader):", "    await learner.main()"], code);
    expect(result.status).toBe("error");
    expect(result.harnessError).toBeUndefined();
    const traceback = result.error?.traceback ?? "";
    expect(traceback).toContain('File "main.py", line 3, in main');
    expect(traceback).toContain('File "net.py", line 4, in wait');
    expect(traceback).not.toContain("check.py");
    expect(result.error?.line).toBe(3);
  });

  test("a plain run can import grader too; support modules come with a harness", async () => {
    const plain = await collectRun(engine, ["import grader", "grader.event('x')", "print(__name__)"].join("\n"));
    expect(plain.result.status).toBe("ok");
    expect(plain.stdout).toEqual(["__main__"]);
    const { result } = await collectRun(engine, LEARNER);
    expect(result.error?.type).toBe("ModuleNotFoundError");
  });
});
