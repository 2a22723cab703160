import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanExercises } from "../../src/content/loaders/exercise-loader.ts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/content");
const scan = (name: string) => scanExercises(path.join(fixtures, name), { displayRoot: fixtures });

describe("scanExercises", () => {
  it("reads a valid exercise with its code, support modules and wrong answers", () => {
    const result = scan("site/lessons");
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.exercises.map((e) => e.id)).toEqual(["01-first-waits/01-sum-pages"]);
    const [exercise] = result.exercises;
    expect(exercise?.lesson).toBe("01-first-waits");
    expect(exercise?.meta.title).toBe("Sum the pages");
    expect(exercise?.meta.timeLimitSeconds).toBe(15);
    expect(exercise?.solution).toContain("return sum(pages)");
    expect(exercise?.harness).toContain("async def check");
    expect(exercise?.support).toEqual({ book: "PAGES = [1, 2, 3]\n" });
    expect(Object.keys(exercise?.wrongAnswers ?? {})).toEqual(["wrong/off-by-one.py"]);
  });

  it("names the file, the field path, the expectation and the value for a bad type", () => {
    const result = scan("bad-type");
    expect(result.exercises).toEqual([]);
    expect(result.problems).toEqual([
      'bad-type/01-lesson/exercises/02-timing/exercise.yaml: checks[1].max: expected a number, found "fast"',
    ]);
  });

  it("names a missing code file", () => {
    const result = scan("missing-file");
    expect(result.exercises).toEqual([]);
    expect(result.problems).toEqual([
      "missing-file/01-lesson/exercises/01-no-solution/solution.py: missing; a python exercise needs starter.py, solution.py and check.py",
    ]);
  });

  it("rejects a wrong answer that names a check the exercise does not have", () => {
    const result = scan("unknown-check");
    expect(result.exercises).toEqual([]);
    expect(result.problems).toEqual([
      'unknown-check/01-lesson/exercises/01-wrong-names/exercise.yaml: wrong[0].fails[0]: names check "results", but the checks are: result',
    ]);
  });

  it("requires a numeric prefix on exercise folders", () => {
    const result = scan("bad-folder");
    expect(result.exercises).toEqual([]);
    expect(result.problems).toEqual([
      'bad-folder/01-lesson/exercises/gather: folder name: expected a number, a dash and kebab-case words (e.g. "01-gather"), found "gather"',
    ]);
  });
});

describe("scanExercises on generated folders", () => {
  function lesson(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), "pc-exercises-"));
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(root, "01-lesson", "exercises", name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return root;
  }
  const meta = (language: string) =>
    `title: T\nlanguage: ${language}\nprompt: P\nhints: [H]\nchecks:\n  - {id: a, type: equals, label: L, feedback: F, value: v, expected: 1}\n`;

  it("reports YAML syntax errors with a line and column", () => {
    const root = lesson({ "01-x/exercise.yaml": "title: T\nhints: [unclosed\n" });
    const { problems } = scanExercises(root, { displayRoot: root });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^01-lesson\/exercises\/01-x\/exercise\.yaml: YAML syntax error at line \d+, column \d+: /,
    );
  });

  it("reports schema problems and missing files of one exercise together", () => {
    const root = lesson({ "01-x/exercise.yaml": `${meta("python")}timeLimitSeconds: -1\n`, "01-x/starter.py": "" });
    const { problems } = scanExercises(root, { displayRoot: root });
    expect(problems).toEqual([
      "01-lesson/exercises/01-x/exercise.yaml: timeLimitSeconds: expected a number > 0, found -1",
      "01-lesson/exercises/01-x/solution.py: missing; a python exercise needs starter.py, solution.py and check.py",
      "01-lesson/exercises/01-x/check.py: missing; a python exercise needs starter.py, solution.py and check.py",
    ]);
  });

  it("hints at a language mismatch when the other language's file exists", () => {
    const root = lesson({
      "01-x/exercise.yaml": meta("typescript"),
      "01-x/starter.ts": "",
      "01-x/solution.py": "",
      "01-x/check.ts": "",
    });
    const { problems } = scanExercises(root, { displayRoot: root });
    expect(problems).toEqual([
      "01-lesson/exercises/01-x/solution.ts: missing; a typescript exercise needs starter.ts, solution.ts and check.ts (found solution.py: does `language` in exercise.yaml match?)",
    ]);
  });

  it("rejects two exercises with the same number and a listed wrong answer that does not exist", () => {
    const files = { "exercise.yaml": "", "starter.py": "", "solution.py": "", "check.py": "" };
    const root = lesson({
      ...Object.fromEntries(Object.keys(files).map((f) => [`01-a/${f}`, f === "exercise.yaml" ? meta("python") : ""])),
      ...Object.fromEntries(
        Object.keys(files).map((f) => [
          `01-b/${f}`,
          f === "exercise.yaml" ? `${meta("python")}wrong:\n  - {file: wrong/gone.py, why: W, fails: [a]}\n` : "",
        ]),
      ),
    });
    const { problems, exercises } = scanExercises(root, { displayRoot: root });
    expect(exercises.map((e) => e.id)).toEqual(["01-lesson/01-a"]);
    expect(problems).toEqual([
      '01-lesson/exercises/01-b: folder name: expected a number no other exercise of the lesson uses, found 01 (also used by "01-a")',
      '01-lesson/exercises/01-b/exercise.yaml: wrong[0].file: expected an existing file, found "wrong/gone.py" missing (looked for 01-lesson/exercises/01-b/wrong/gone.py)',
    ]);
  });

  it("warns about wrong answers that exercise.yaml does not list", () => {
    const root = lesson({
      "01-x/exercise.yaml": meta("python"),
      "01-x/starter.py": "",
      "01-x/solution.py": "",
      "01-x/check.py": "",
      "01-x/wrong/forgotten.py": "",
    });
    const { problems, warnings } = scanExercises(root, { displayRoot: root });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      "01-lesson/exercises/01-x/wrong/forgotten.py: not listed under `wrong:` in exercise.yaml, so nothing tests it",
    ]);
  });

  it("finds nothing, without error, when the lessons folder does not exist", () => {
    expect(scanExercises(path.join(tmpdir(), "pc-no-such-folder"))).toMatchObject({ exercises: [], problems: [] });
  });
});
