import { describe, expect, it } from "vitest";
import type { HarnessSpec, OutputLine, RunResult } from "../../src/runners/protocol.ts";
import { runTypeScript } from "../../src/runners/typescript/typescript-engine.ts";

const quietEnv = { onUncaught: () => () => {} };

const NET = `
import { grader } from "grader";
export async function download(url: string): Promise<string> {
  grader.event(\`start:\${url}\`);
  await new Promise((resolve) => setTimeout(resolve, url.length * 100));
  grader.event(\`end:\${url}\`);
  return url.toUpperCase();
}`;

const LEARNER = `
import { download } from "./net";
export async function main(urls: string[]): Promise<string[]> {
  return Promise.all(urls.map((url) => download(url)));
}
export function strict(n: number): number {
  if (n < 0) throw new RangeError("negative");
  return n;
}
export const isMain = import.meta.main;
if (import.meta.main) console.log("run directly");`;

const CHECK = `
import type { Grader } from "grader";
export default async function check(learner: Record<string, any>, grader: Grader): Promise<void> {
  grader.event("check");
  const pages = await grader.measure("total", learner.main(["aaa", "b", "cc"]));
  grader.value("pages", pages);
  grader.value("isMain", learner.isMain);
  grader.value("shapes", { set: new Set([1, 2]), map: new Map([["k", [true, null]]]), missing: undefined });
  await grader.attempt("negative", () => learner.strict(-1));
  await grader.attempt("positive", () => learner.strict(1));
  grader.timing("manual", 1.5);
}`;

async function graded(
  code: string,
  harness: Partial<HarnessSpec> = {},
): Promise<{ result: RunResult; lines: OutputLine[] }> {
  const lines: OutputLine[] = [];
  const result = await runTypeScript(
    {
      code,
      filename: "main.ts",
      clock: "virtual",
      timeLimitMs: 10_000,
      harness: { code: CHECK, support: { net: NET }, ...harness },
    },
    (line) => void lines.push(line),
    quietEnv,
  );
  return { result, lines };
}

describe("graded runs", () => {
  it("records values, ordered events, timings and caught errors", async () => {
    const { result, lines } = await graded(LEARNER);
    expect(result.status).toBe("ok");
    expect(lines).toEqual([]); // import.meta.main is false, so the learner's main block does not print
    const observations = result.observations;
    expect(observations?.values).toEqual({
      pages: ["AAA", "B", "CC"],
      isMain: false,
      shapes: { set: [1, 2], map: { k: [true, null] }, missing: null },
    });
    expect(observations?.events.map((event) => event.label)).toEqual([
      "check",
      "start:aaa",
      "start:b",
      "start:cc",
      "end:b",
      "end:cc",
      "end:aaa",
    ]);
    const at = Object.fromEntries(observations?.events.map((event) => [event.label, event.at]) ?? []);
    // Virtual time still includes real computation (loading the modules, too), so compare from the check's start.
    expect((at["end:aaa"] ?? 0) - (at["check"] ?? 0)).toBeCloseTo(0.3, 2);
    expect(observations?.timings["total"]).toBeCloseTo(0.3, 2);
    expect(observations?.timings["manual"]).toBe(1.5);
    expect(observations?.errors).toEqual({
      negative: { type: "RangeError", message: "negative" },
      positive: { type: null, message: "" },
    });
  });

  it("lets support modules be imported as ./net.ts and import each other", async () => {
    const { result } = await graded(`import { twice } from "./util.ts";\nexport const main = async () => twice(2);`, {
      support: {
        util: `import { base } from "./base";\nexport const twice = (n: number) => n * base;`,
        base: "export const base = 2;",
      },
      code: `export default async function check(learner: any, grader: any) { grader.value("four", await learner.main()); }`,
    });
    expect(result.observations?.values).toEqual({ four: 4 });
  });

  it("reports a failing harness as harnessError, not as the learner's error", async () => {
    const { result } = await graded(LEARNER, {
      code: `export default async function check() {\n  throw new Error("exercise bug");\n}`,
    });
    expect(result.status).toBe("ok");
    expect(result.error).toBeUndefined();
    expect(result.harnessError).toMatchObject({ type: "Error", message: "exercise bug" });
    expect(result.harnessError?.traceback).toContain("check.ts:2");
  });

  it("reports an error thrown by the learner's code during the check as the learner's", async () => {
    const { result } = await graded(LEARNER, {
      code: `export default async function check(learner: any) { learner.strict(-1); }`,
    });
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ type: "RangeError", line: 7 });
  });

  it("fails the run when importing the learner's module throws", async () => {
    const { result } = await graded(`export const x = 1;\nthrow new Error("at import");`);
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({ message: "at import", line: 2 });
  });

  it("reports a syntax error in a support module as a harness error", async () => {
    const { result } = await graded(LEARNER, { support: { net: "export const = ;" } });
    expect(result.status).toBe("ok");
    expect(result.harnessError).toMatchObject({ type: "SyntaxError", line: 1 });
  });

  it("fails the run when the check awaits the learner's promise that nothing settles", async () => {
    const { result } = await graded(`export function main() {\n  return new Promise(() => {});\n}`, {
      code: `export default async function check(learner: any) { await learner.main(); }`,
    });
    expect(result.status).toBe("error");
    expect(result.error?.message).toContain("nothing will settle");
  });

  it("complains when the harness has no default export", async () => {
    const { result } = await graded(LEARNER, { code: "export const check = 1;" });
    expect(result.harnessError?.message).toContain("default function check");
  });

  it("sets import.meta.main to true in a plain run", async () => {
    const lines: OutputLine[] = [];
    const code = `console.log(import.meta.main, "import.meta.main");`;
    await runTypeScript(
      { code, filename: "main.ts", clock: "real", timeLimitMs: 5000 },
      (line) => void lines.push(line),
      quietEnv,
    );
    expect(lines.map((line) => line.text)).toEqual(["true import.meta.main"]);
  });
});

describe("GRADER_MODULE_DTS", () => {
  it("declares every method of the grader", async () => {
    const { GRADER_MODULE_DTS } = await import("../../src/runners/typescript/grader-types.ts");
    const { createGrader } = await import("../../src/runners/typescript/grader.ts");
    const methods = Object.keys(createGrader(() => 0).grader);
    expect(methods.filter((name) => !GRADER_MODULE_DTS.includes(`    ${name}`))).toEqual([]);
  });
});
