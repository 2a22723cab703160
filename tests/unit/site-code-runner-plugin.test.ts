import type { Code } from "mdast";
import { mdxToJs, markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import {
  codeRunnerPlugin,
  exerciseWithLesson,
  fenceToCodeRunner,
  lessonOf,
  parseFenceMeta,
} from "../../src/integrations/code-runner-plugin.ts";

const fence = (lang: string | null, meta: string | null, value = "print(1)"): Code => ({
  type: "code",
  lang,
  meta,
  value,
});
const lessonFile = new URL("file:///site/src/content/lessons/01-waits/index.mdx");

describe("parseFenceMeta", () => {
  it("finds the run flag and an optional key", () => {
    expect(parseFenceMeta("run")).toEqual({ run: true });
    expect(parseFenceMeta('title="x" run key=intro')).toEqual({ run: true, key: "intro" });
    expect(parseFenceMeta("running")).toEqual({ run: false });
    expect(parseFenceMeta(null)).toEqual({ run: false });
  });
});

describe("fenceToCodeRunner", () => {
  it("turns a run fence into a CodeRunner element with language, code and storage key", () => {
    expect(fenceToCodeRunner(fence("py", "run"), "01-waits/run-1", "f.mdx")).toEqual({
      type: "mdxJsxFlowElement",
      name: "CodeRunner",
      attributes: [
        { type: "mdxJsxAttribute", name: "language", value: "python" },
        { type: "mdxJsxAttribute", name: "code", value: "print(1)" },
        { type: "mdxJsxAttribute", name: "storageKey", value: "01-waits/run-1" },
      ],
      children: [],
    });
  });

  it("leaves ordinary fences alone", () => {
    expect(fenceToCodeRunner(fence("python", null), "k", "f.mdx")).toBeNull();
  });

  it("rejects a run fence in a language that cannot run, naming the file", () => {
    expect(() => fenceToCodeRunner(fence("rust", "run"), "k", "f.mdx")).toThrow(
      'f.mdx: a `run` code block must be python or typescript (e.g. ```python run), found "rust"',
    );
  });
});

describe("exerciseWithLesson", () => {
  const exercise = {
    type: "mdxJsxFlowElement" as const,
    name: "Exercise",
    attributes: [{ type: "mdxJsxAttribute" as const, name: "id", value: "01-a" }],
    children: [],
  };

  it("adds the lesson folder to <Exercise>", () => {
    expect(exerciseWithLesson(exercise, "01-waits")?.attributes).toEqual([
      { type: "mdxJsxAttribute", name: "id", value: "01-a" },
      { type: "mdxJsxAttribute", name: "lesson", value: "01-waits" },
    ]);
  });

  it("adds the lesson folder to <Quiz> too", () => {
    expect(exerciseWithLesson({ ...exercise, name: "Quiz" }, "01-waits")?.attributes.at(-1)).toEqual({
      type: "mdxJsxAttribute",
      name: "lesson",
      value: "01-waits",
    });
  });

  it("keeps an explicit lesson and ignores other elements", () => {
    const explicit = {
      ...exercise,
      attributes: [...exercise.attributes, { type: "mdxJsxAttribute" as const, name: "lesson", value: "x" }],
    };
    expect(exerciseWithLesson(explicit, "01-waits")).toBeNull();
    expect(exerciseWithLesson({ ...exercise, name: "Aside" }, "01-waits")).toBeNull();
  });
});

describe("lessonOf", () => {
  it("is the folder of the MDX file", () => {
    expect(lessonOf(lessonFile)).toBe("01-waits");
    expect(lessonOf(undefined)).toBeUndefined();
  });
});

describe("codeRunnerPlugin in the Sätteri pipeline", () => {
  const source = [
    "```python run",
    'print("a {b}")',
    "```",
    "",
    "```python",
    "x = 1",
    "```",
    "",
    "```ts run key=hello",
    "console.log(1)",
    "```",
    "",
    '<Exercise id="01-a" />',
  ].join("\n");

  it("compiles run fences to CodeRunner calls and leaves plain fences as code", async () => {
    const { code } = await mdxToJs(source, { mdastPlugins: [codeRunnerPlugin], fileURL: lessonFile });
    expect(code).toMatch(
      /_jsx\(CodeRunner, \{\s*language: "python",\s*code: "print\(\\"a \{b\}\\"\)",\s*storageKey: "01-waits\/run-1"/,
    );
    expect(code).toMatch(
      /_jsx\(CodeRunner, \{\s*language: "typescript",\s*code: "console\.log\(1\)",\s*storageKey: "01-waits\/hello"/,
    );
    expect(code).toContain('className: "language-python"');
    expect(code).toMatch(/_jsx\(Exercise, \{\s*id: "01-a",\s*lesson: "01-waits"/);
  });

  it("does nothing to plain Markdown, which cannot hold components", async () => {
    const { html } = await markdownToHtml("```python run\nx = 1\n```\n", { mdastPlugins: [codeRunnerPlugin] });
    expect(html).toContain('<code class="language-python">');
    expect(html).not.toContain("CodeRunner");
  });
});
