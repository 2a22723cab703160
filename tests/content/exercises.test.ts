/**
 * Every exercise proves itself: its reference solution passes every check,
 * its starter fails, and each known-wrong answer fails exactly the checks it
 * names. The verdicts are kept as golden transcripts in tests/content/golden;
 * `npm run check:content -- -u` regenerates them after a deliberate change.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanExercises } from "../../src/content/loaders/exercise-loader.ts";
import { exerciseVariants, gradedRunRequest } from "../../src/runners/grading/exercise-runs.ts";
import { grade, type Grade } from "../../src/runners/grading/grade.ts";
import type { RunRequest, RunResult } from "../../src/runners/protocol.ts";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";
import { runTypeScript } from "../../src/runners/typescript/typescript-engine.ts";

const lessonsDir = path.resolve("src/content/lessons");
const scan = scanExercises(lessonsDir);

let python: { engine: PythonEngine; dispose: () => Promise<void> } | undefined;

beforeAll(async () => {
  if (scan.exercises.some((exercise) => exercise.meta.language === "python")) {
    python = await createNodePythonEngine({ enforceTimeLimit: true });
  }
});
afterAll(async () => python?.dispose());

async function execute(request: RunRequest, language: "python" | "typescript"): Promise<RunResult> {
  if (language === "typescript") return runTypeScript(request, () => {}, { onUncaught: () => () => {} });
  if (!python) throw new Error("the Python engine did not start");
  return python.engine.run(request, () => {});
}

/** A verdict without the measured values, so that transcripts do not change with the machine's speed. */
function transcriptLine(name: string, verdict: Grade): string {
  const checks = verdict.feedback.map((item) => `  ${item.passed ? "✓" : "✗"} ${item.checkId}: ${item.label}`);
  return [`${name}: ${verdict.passed ? "passes" : "fails"}`, ...checks].join("\n");
}

describe("content", () => {
  it("has no broken exercise folders", () => {
    expect(scan.problems).toEqual([]);
  });
});

describe.each(scan.exercises.map((exercise) => [exercise.id, exercise] as const))("exercise %s", (id, exercise) => {
  const verdicts = new Map<string, Grade>();

  beforeAll(async () => {
    for (const variant of exerciseVariants(exercise)) {
      const result = await execute(gradedRunRequest(exercise, variant.code), exercise.meta.language);
      verdicts.set(variant.name, grade(exercise.meta.checks, result));
    }
  });

  it("passes with its reference solution", () => {
    const verdict = verdicts.get("solution");
    expect(verdict?.feedback.filter((item) => !item.passed)).toEqual([]);
    expect(verdict?.passed).toBe(true);
  });

  it("fails with its starter code", () => {
    expect(verdicts.get("starter")?.passed).toBe(false);
  });

  it.each(exercise.meta.wrong.map((answer) => [answer.file, answer] as const))(
    "gives %s the feedback it is meant to get",
    (file, answer) => {
      const failed = verdicts.get(file)?.feedback.filter((item) => !item.passed) ?? [];
      expect(failed.map((item) => item.checkId).sort()).toEqual([...answer.fails].sort());
      for (const item of failed) {
        const check = exercise.meta.checks.find((candidate) => candidate.id === item.checkId);
        expect(item.message).toContain(check?.feedback);
      }
    },
  );

  it("matches its golden transcript", async () => {
    const transcript = [...verdicts].map(([name, verdict]) => transcriptLine(name, verdict)).join("\n\n");
    await expect(`${transcript}\n`).toMatchFileSnapshot(`golden/${id.replace("/", "--")}.txt`);
  });
});
