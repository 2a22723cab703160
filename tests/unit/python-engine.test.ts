import { beforeAll, describe, expect, test } from "vitest";
import { collectRun } from "../../src/runners/python/collect-run.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";

let engine: PythonEngine;
const run = (code: string[], request = {}) => collectRun(engine, code.join("\n"), request);

beforeAll(async () => {
  ({ engine } = await createNodePythonEngine());
});

describe("output", () => {
  test("streams stdout and stderr apart, in order, flushing a trailing partial line", async () => {
    const { result, lines } = await run([
      "import sys",
      'print("one")',
      'print("oops", file=sys.stderr)',
      'print("two", "three")',
      'print("tail", end="")',
    ]);
    expect(result.status).toBe("ok");
    expect(lines.map(({ stream, text }) => [stream, text])).toEqual([
      ["stdout", "one"],
      ["stderr", "oops"],
      ["stdout", "two three"],
      ["stdout", "tail"],
    ]);
    const stamps = lines.map((line) => line.at);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
  });

  test("a half-printed line comes before the traceback that follows it", async () => {
    const { result, lines } = await run(["name = input('name? ')"]);
    expect(result.error?.type).toBe("EOFError");
    expect(lines[0]).toMatchObject({ stream: "stdout", text: "name? " });
    expect(lines.at(-1)).toMatchObject({ stream: "stderr", text: "EOFError: EOF when reading a line" });
  });

  test("keeps multi-byte characters whole", async () => {
    const { stdout } = await run(['print("héllo → 世界 🐍")']);
    expect(stdout).toEqual(["héllo → 世界 🐍"]);
  });
});

describe("errors", () => {
  test("a traceback shows only the learner's frames, with their line numbers", async () => {
    const { result, stderr } = await run([
      "import json",
      "",
      "def parse(text):",
      "    return json.loads(text)",
      "",
      'parse("{")',
    ]);
    expect(result.status).toBe("error");
    expect(result.error?.type).toBe("JSONDecodeError");
    expect(result.error?.line).toBe(4);
    const traceback = result.error?.traceback ?? "";
    expect(traceback).toMatch(/^Traceback \(most recent call last\):\n {2}File "main\.py", line 6, in <module>\n/);
    expect(traceback).toContain('  File "main.py", line 4, in parse\n    return json.loads(text)\n');
    expect(traceback).not.toMatch(/json\/|decoder\.py|_pcr_|<exec>/);
    expect(traceback.trimEnd().split("\n").at(-1)).toMatch(/^json\.decoder\.JSONDecodeError: Expecting property name/);
    // Written to stderr too, as CPython does.
    expect(stderr.join("\n")).toBe(traceback.trimEnd());
  });

  test("a SyntaxError shows the file, line and caret", async () => {
    const { result, stderr } = await run(["x = 1", "print(x +)"]);
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ type: "SyntaxError", message: "invalid syntax", line: 2 });
    expect(result.error?.traceback).toBe(
      '  File "main.py", line 2\n    print(x +)\n             ^\nSyntaxError: invalid syntax\n',
    );
    expect(stderr).toEqual([
      '  File "main.py", line 2',
      "    print(x +)",
      "             ^",
      "SyntaxError: invalid syntax",
    ]);
  });

  test("the file is named after request.filename", async () => {
    const { result } = await run(["raise ValueError('bad')"], { filename: "ex1.py" });
    expect(result.error?.traceback).toContain('File "ex1.py", line 1, in <module>');
    expect(result.error?.message).toBe("bad");
  });

  test("sys.exit() and sys.exit(0) end normally; other codes are errors", async () => {
    expect((await run(["import sys", "sys.exit()", "print('not reached')"])).result.status).toBe("ok");
    const zero = await run(["import sys", "print('a')", "sys.exit(0)", "print('not reached')"]);
    expect(zero.result.status).toBe("ok");
    expect(zero.stdout).toEqual(["a"]);
    const three = await run(["import sys", "sys.exit(3)"]);
    expect(three.result).toMatchObject({ status: "error", error: { type: "SystemExit", message: "3" } });
    const text = await run(["raise SystemExit('giving up')"]);
    expect(text.result.error?.type).toBe("SystemExit");
    expect(text.stderr).toEqual(["giving up"]);
  });

  test("a bad request is rejected with a clear message", async () => {
    const bad = { code: 42, filename: "main.py", clock: "sundial", timeLimitMs: 1 } as unknown as Parameters<
      PythonEngine["run"]
    >[0];
    await expect(engine.run(bad, () => {})).rejects.toThrow(
      /`code` must be a string.*`clock` must be "real" or "virtual"/,
    );
  });
});

describe("a fresh interpreter for every run", () => {
  test("a program's threading.excepthook ends with it, and daemon threads vanish silently at exit", async () => {
    await run(["import threading", "threading.excepthook = lambda args: print('hook:', args.exc_type.__name__)"]);
    const { result, stdout } = await run([
      "import threading",
      "threading.Thread(target=threading.Event().wait, daemon=True).start()",
      "print('main done')",
    ]);
    expect(result.status).toBe("ok");
    expect(stdout).toEqual(["main done"]);
  });

  test("globals from one run are gone in the next, and the program runs as __main__", async () => {
    await run(["secret = 42"]);
    const { stdout } = await run(["print(__name__, 'secret' in globals())"]);
    expect(stdout).toEqual(["__main__ False"]);
  });

  test("a module the learner wrote is imported afresh each run", async () => {
    const write = (value: number) => [
      "with open('helper.py', 'w') as f:",
      `    f.write('VALUE = ${value}\\n')`,
      "import helper",
      "print(helper.VALUE)",
    ];
    expect((await run(write(1))).stdout).toEqual(["1"]);
    expect((await run(write(2))).stdout).toEqual(["2"]);
  });

  test("streams, cwd, sys.path, recursion limit, builtins and time are put back", async () => {
    await run([
      "import sys, os, io, time, builtins",
      "sys.stdout = io.StringIO()",
      "os.makedirs('/tmp/elsewhere', exist_ok=True)",
      "os.chdir('/tmp/elsewhere')",
      "sys.path.append('/nowhere')",
      "sys.setrecursionlimit(50)",
      "builtins.print = lambda *a, **k: None",
      "builtins.extra = 1",
    ]);
    const { stdout } = await run([
      "import sys, os, builtins",
      "print(os.getcwd(), '/nowhere' in sys.path, sys.getrecursionlimit() > 50, hasattr(builtins, 'extra'))",
    ]);
    expect(stdout).toEqual(["/home/pyodide False True False"]);
  });

  test("inspect sees the learner's source", async () => {
    const { stdout } = await run([
      "import inspect",
      "def shout():",
      "    return 'hi'",
      "print(inspect.getsource(shout).strip())",
    ]);
    expect(stdout).toEqual(["def shout():", "    return 'hi'"]);
  });

  test("a seed makes random reproducible", async () => {
    const code = ["import random", "print(random.random())"];
    const first = await run(code, { seed: 7 });
    const second = await run(code, { seed: 7 });
    expect(first.stdout).toEqual(second.stdout);
  });
});

describe("seeded preemption", () => {
  test("a fresh engine's first threaded run loses the same updates as its later runs with that seed", async () => {
    // The warm-up must run with the stop buffer already in place; installing it
    // afterwards shifted the first run's switch points.
    const { engine: fresh } = await createNodePythonEngine();
    const race = [
      "import threading",
      "counter = 0",
      "def add():",
      "    global counter",
      "    for _ in range(20000):",
      "        counter += 1",
      "ts = [threading.Thread(target=add) for _ in range(4)]",
      "for t in ts: t.start()",
      "for t in ts: t.join()",
      "print(counter)",
    ].join("\n");
    const first = await collectRun(fresh, race, { seed: 7 });
    const second = await collectRun(fresh, race, { seed: 7 });
    expect(Number(first.stdout[0])).toBeLessThan(80000);
    expect(second.stdout).toEqual(first.stdout);
  });
});
