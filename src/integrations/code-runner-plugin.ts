import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Code } from "mdast";
import type { MdastPluginDefinition, MdxJsxFlowElement, PluginFactoryContext } from "satteri";

/**
 * An mdast plugin for Astro's Markdown processor (Sätteri) that makes two
 * authoring shorthands work in lesson MDX:
 *
 * 1. A fenced block whose meta contains `run` becomes a runnable editor:
 *
 *        ```python run
 *        print("hi")
 *        ```
 *
 *    turns into `<CodeRunner language="python" code="print(&quot;hi&quot;)" storageKey="<lesson>/run-1" />`.
 *    `run key=intro` sets the storage key to `<lesson>/intro`, which keeps the
 *    learner's edits when blocks are added above it.
 * 2. `<Exercise id="01-gather" />` gets a `lesson="<lesson folder>"` attribute,
 *    so the component can find `<lesson>/01-gather` in the exercises collection.
 *
 * The page passes `CodeRunner` and `Exercise` through MDX `components`.
 */

/** Languages a `run` block may use, by fence language name. */
export const RUNNABLE_LANGUAGES: Readonly<Record<string, "python" | "typescript">> = {
  python: "python",
  py: "python",
  typescript: "typescript",
  ts: "typescript",
};

/** What the fence's meta string asks for: whether to run it, and an optional storage key. */
export function parseFenceMeta(meta: string | null | undefined): { run: boolean; key?: string } {
  const tokens = (meta ?? "").split(/\s+/).filter(Boolean);
  const key = tokens.find((t) => t.startsWith("key="))?.slice(4);
  return { run: tokens.includes("run"), ...(key ? { key } : {}) };
}

/**
 * The `<CodeRunner>` element for a `run` fence, or null for an ordinary fence.
 * Throws when a `run` fence is in a language that cannot run, naming `where`.
 */
export function fenceToCodeRunner(node: Code, storageKey: string, where: string): MdxJsxFlowElement | null {
  const meta = parseFenceMeta(node.meta);
  if (!meta.run) return null;
  const language = node.lang ? RUNNABLE_LANGUAGES[node.lang] : undefined;
  if (!language) {
    throw new Error(
      `${where}: a \`run\` code block must be python or typescript (e.g. \`\`\`python run), found ${node.lang ? `"${node.lang}"` : "no language"}`,
    );
  }
  return {
    type: "mdxJsxFlowElement",
    name: "CodeRunner",
    attributes: [
      { type: "mdxJsxAttribute", name: "language", value: language },
      { type: "mdxJsxAttribute", name: "code", value: node.value },
      { type: "mdxJsxAttribute", name: "storageKey", value: storageKey },
    ],
    children: [],
  };
}

/** Lesson components that need to know which lesson they are in. */
const LESSON_AWARE = new Set(["Exercise", "Quiz"]);

/** `<Exercise>` or `<Quiz>` with a `lesson` attribute added when the author did not give one; null when nothing changes. */
export function exerciseWithLesson(node: MdxJsxFlowElement, lesson: string): MdxJsxFlowElement | null {
  if (node.name === null || !LESSON_AWARE.has(node.name)) return null;
  const has = node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "lesson");
  if (has) return null;
  return { ...node, attributes: [...node.attributes, { type: "mdxJsxAttribute", name: "lesson", value: lesson }] };
}

/** The lesson folder an MDX file belongs to (`…/lessons/01-x/index.mdx` → `01-x`). */
export function lessonOf(fileURL: URL | undefined): string | undefined {
  if (!fileURL) return undefined;
  return path.basename(path.dirname(fileURLToPath(fileURL)));
}

/** Plugin factory for `satteri({ mdastPlugins: [codeRunnerPlugin] })`; MDX only. */
export function codeRunnerPlugin(context: PluginFactoryContext): MdastPluginDefinition | null {
  if (context.sourceFormat !== "mdx") return null;
  const lesson = lessonOf(context.fileURL);
  const where = context.fileURL ? path.relative(process.cwd(), fileURLToPath(context.fileURL)) : "MDX";
  let count = 0;
  return {
    name: "pc-code-runner",
    code(node) {
      if (!parseFenceMeta(node.meta).run) return undefined;
      count += 1;
      const key = parseFenceMeta(node.meta).key ?? `run-${count}`;
      return fenceToCodeRunner(node, lesson ? `${lesson}/${key}` : key, where) ?? undefined;
    },
    mdxJsxFlowElement(node) {
      return lesson ? (exerciseWithLesson(node, lesson) ?? undefined) : undefined;
    },
  };
}
