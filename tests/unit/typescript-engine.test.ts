import { describe, expect, it } from "vitest";
import type { OutputLine, RunRequest, RunResult } from "../../src/runners/protocol.ts";
import { runTypeScript } from "../../src/runners/typescript/typescript-engine.ts";

// Unhandled rejections are tested in a real worker (typescript-worker.test.ts), away from vitest's own handlers.
const quietEnv = { onUncaught: () => () => {} };

async function run(code: string, extra: Partial<RunRequest> = {}): Promise<{ result: RunResult; lines: OutputLine[] }> {
  const lines: OutputLine[] = [];
  const request: RunRequest = { code, filename: "main.ts", clock: "virtual", timeLimitMs: 10_000, ...extra };
  const result = await runTypeScript(request, (line) => void lines.push(line), quietEnv);
  return { result, lines };
}

const text = (lines: OutputLine[], stream: "stdout" | "stderr" = "stdout"): string[] =>
  lines.filter((line) => line.stream === stream).map((line) => line.text);

/** Parses the numbers a program printed, one per line. */
const numbers = (lines: OutputLine[]): number[] => text(lines).map(Number);

describe("output", () => {
  it("sends log, info and debug to stdout and error and warn to stderr, one line per line", async () => {
    const { result, lines } = await run(
      `console.log("a", 1, { b: [2] });\nconsole.info("two\\nlines");\nconsole.debug("d");\nconsole.error("e");\nconsole.warn("w");`,
    );
    expect(result.status).toBe("ok");
    expect(text(lines)).toEqual(["a 1 { b: [ 2 ] }", "two", "lines", "d"]);
    expect(text(lines, "stderr")).toEqual(["e", "w"]);
    const stamps = lines.map((line) => line.at);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    expect(stamps.every((at) => at >= 0)).toBe(true);
  });

  it("prints a logged error as a traceback of the learner's frames", async () => {
    const { lines } = await run(`function f() {\n  return new TypeError("shown");\n}\nconsole.error(f());`);
    expect(text(lines, "stderr")).toEqual(["TypeError: shown", "    at f (main.ts:2)", "    at main.ts:4"]);
  });

  it("prints console.table as a text table", async () => {
    const { lines } = await run(`console.table([{ name: "a", n: 1 }, { name: "bb" }]);`);
    expect(text(lines)).toEqual([
      "┌─────────┬──────┬───┐",
      "│ (index) │ name │ n │",
      "├─────────┼──────┼───┤",
      "│ 0       │ 'a'  │ 1 │",
      "│ 1       │ 'bb' │   │",
      "└─────────┴──────┴───┘",
    ]);
  });

  it("restores console, timers and Date after the run", async () => {
    const globals = (): unknown[] => [console.log, setTimeout, setInterval, Date, Reflect.get(performance, "now")];
    const before = globals();
    await run(`console.log(new Date(), performance.now()); setTimeout(() => {}, 10);`);
    expect(globals()).toEqual(before);
  });

  it("runs the same program twice (no module cache between runs)", async () => {
    const first = await run(`console.log("again");`);
    const second = await run(`console.log("again");`);
    expect([text(first.lines), text(second.lines)]).toEqual([["again"], ["again"]]);
  });
});

describe("errors", () => {
  it("reports the line of the original TypeScript and only the learner's frames", async () => {
    const code = [
      "interface Point {",
      "  x: number;",
      "}",
      "type Id = string;",
      "function fail(p: Point): never {",
      "  throw new RangeError(`bad x: ${p.x}`);",
      "}",
      "fail({ x: 3 });",
    ].join("\n");
    const { result } = await run(code);
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ type: "RangeError", message: "bad x: 3", line: 6 });
    expect(result.error?.traceback).toBe("RangeError: bad x: 3\n    at fail (main.ts:6)\n    at main.ts:8");
  });

  it("reports a syntax error with its line before running anything", async () => {
    const { result, lines } = await run(`console.log("never");\nconst x: number = ;`);
    expect(result.error).toMatchObject({ type: "SyntaxError", line: 2 });
    expect(lines).toEqual([]);
  });

  it("ends the run when a timer callback throws", async () => {
    const { result, lines } = await run(
      `setTimeout(() => {\n  throw new TypeError("late");\n}, 100);\nsetTimeout(() => console.log("never"), 200);`,
    );
    expect(result.error).toMatchObject({ type: "TypeError", message: "late", line: 2 });
    expect(lines).toEqual([]);
  });

  it("ends the run when a top-level await rejects", async () => {
    const { result } = await run(`console.log("before");\nawait Promise.reject(new Error("no"));`);
    expect(result.error).toMatchObject({ type: "Error", message: "no", line: 2 });
  });

  it("names an import that does not exist", async () => {
    const { result } = await run(`const a = 1;\nimport { x } from "./missing";\nconsole.log(x);`);
    expect(result.error).toMatchObject({ type: "ImportError", line: 2 });
    expect(result.error?.message).toContain('"./missing"');
  });
});

describe("program end", () => {
  it("supports top-level await", async () => {
    const { lines } = await run(`const v = await Promise.resolve(41);\nconsole.log(v + 1);`);
    expect(text(lines)).toEqual(["42"]);
  });

  it("waits until the last timer has fired", async () => {
    const { result, lines } = await run(`setTimeout(() => setTimeout(() => console.log("last"), 5000), 5000);`);
    expect(result.status).toBe("ok");
    expect(text(lines)).toEqual(["last"]);
  });

  it("ends when only a promise that nothing settles is left", async () => {
    const { result, lines } = await run(`new Promise(() => {});\nconsole.log("done");`);
    expect(result.status).toBe("ok");
    expect(text(lines)).toEqual(["done"]);
  });

  it("explains a time-out while a top-level await can never finish", async () => {
    const { result, lines } = await run(`await new Promise(() => {});\nconsole.log("never");`, { timeLimitMs: 50 });
    expect(result.status).toBe("timeout");
    expect(result.note).toContain("nothing will ever settle");
    expect(lines).toEqual([]);
  });

  it("times out while an interval is never cleared", async () => {
    const { result } = await run(`setInterval(() => {}, 1000);`, { timeLimitMs: 50 });
    expect(result.status).toBe("timeout");
    expect(result.note).toContain("time limit");
  });
});

describe("nested workers", () => {
  /** Node has no Web Worker; a stand-in is enough to test that a worker keeps the program alive. */
  class FakeWorker extends EventTarget {
    terminate(): void {}
  }

  it("keeps the program alive until the worker is terminated", async () => {
    const scope = globalThis as { Worker?: unknown };
    scope.Worker = FakeWorker;
    try {
      const ended = await run(
        `const w = new Worker("w.js");\nsetTimeout(() => { console.log("bye"); w.terminate(); }, 100);`,
      );
      expect(ended.result.status).toBe("ok");
      expect(text(ended.lines)).toEqual(["bye"]);
      const forgotten = await run(`new Worker("w.js");`, { timeLimitMs: 50 });
      expect(forgotten.result.status).toBe("timeout");
      expect(scope.Worker).toBe(FakeWorker);
    } finally {
      delete scope.Worker;
    }
  });
});

describe("virtual clock", () => {
  it("finishes concurrent sleeps in order of their delays, 0.3 s after the start", async () => {
    const { lines } = await run(`
      const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
      const start = performance.now();
      await Promise.all([300, 100, 200].map(async (ms) => { await sleep(ms); console.log(ms); }));
      console.log((performance.now() - start) / 1000);`);
    const printed = numbers(lines);
    expect(printed.slice(0, 3)).toEqual([100, 200, 300]);
    expect(printed[3]).toBeCloseTo(0.3, 2);
  });

  it("ticks an interval at 0.1, 0.2 and 0.3 s", async () => {
    const { lines } = await run(`
      const start = Date.now();
      let ticks = 0;
      const id = setInterval(() => {
        console.log((Date.now() - start) / 1000);
        if (++ticks === 3) clearInterval(id);
      }, 100);`);
    const printed = numbers(lines);
    expect(printed).toHaveLength(3);
    printed.forEach((seconds, i) => expect(seconds).toBeCloseTo((i + 1) / 10, 2));
  });

  it("moves new Date() with the clock and keeps Date a Date", async () => {
    const { lines } = await run(`
      const before = new Date();
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      const after = new Date();
      console.log(after instanceof Date, Math.round((after.getTime() - before.getTime()) / 1000), typeof Date());`);
    expect(text(lines)).toEqual(["true 60 string"]);
  });

  it("runs timers with equal due times in the order they were set, and clearTimeout cancels", async () => {
    const { lines } = await run(`
      setTimeout(() => console.log("a"), 10);
      const b = setTimeout(() => console.log("b"), 10);
      setTimeout(() => console.log("c"), 10);
      clearTimeout(b);`);
    expect(text(lines)).toEqual(["a", "c"]);
  });
});

describe("support modules in a plain run", () => {
  it("lets the learner's code import an exercise's support module without a harness", async () => {
    const { result, lines } = await run(`import { twice } from "./helpers";\nconsole.log(twice(21));`, {
      support: { helpers: "export const twice = (n: number): number => n * 2;" },
    });
    expect(result.status).toBe("ok");
    expect(text(lines)).toEqual(["42"]);
  });

  it("reports a syntax error in a support module as the run's error", async () => {
    const { result } = await run(`import { twice } from "./helpers";\nconsole.log(twice(1));`, {
      support: { helpers: "export const twice = (n: number) => n *;" },
    });
    expect(result.status).toBe("error");
    expect(result.error?.type).toBe("SyntaxError");
  });
});

describe("the virtual clock's measure of computation", () => {
  it("counts this thread's work, not wall time the thread spent blocked", async () => {
    // Atomics.wait blocks for 0.3 s of wall time without computing, as a busy machine would.
    const code = [
      "const flag = new Int32Array(new SharedArrayBuffer(4));",
      "const start = performance.now();",
      "Atomics.wait(flag, 0, 0, 300);",
      "console.log(performance.now() - start < 150);",
    ].join("\n");
    expect(text((await run(code, { clock: "virtual" })).lines)).toEqual(["true"]);
    expect(text((await run(code, { clock: "real" })).lines)).toEqual(["false"]);
  });
});

describe("the virtual clock where the host has no CPU clock (browsers)", () => {
  it("reads the wall clock it captured, not the performance.now it replaced", async () => {
    const usage = Object.getOwnPropertyDescriptor(process, "threadCpuUsage");
    Reflect.deleteProperty(process, "threadCpuUsage");
    try {
      const { result, lines } = await run(
        "const start = performance.now();\nawait new Promise((r) => setTimeout(r, 250));\nconsole.log(Math.round(performance.now() - start) >= 250);",
      );
      expect(result.status).toBe("ok");
      expect(text(lines)).toEqual(["true"]);
    } finally {
      if (usage) Object.defineProperty(process, "threadCpuUsage", usage);
    }
  });
});
