/**
 * The course teaches its whole concept map: every concept id is claimed by
 * at least one lesson's `covers:`. (An id a lesson claims that is not in the
 * map already fails the build.)
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readConceptFile } from "../../src/content/loaders/concept-map.ts";

const lessonsDir = path.resolve("src/content/lessons");

function coversOf(lesson: string): string[] {
  const text = readFileSync(path.join(lessonsDir, lesson, "index.mdx"), "utf8");
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  if (frontmatter === undefined) throw new Error(`${lesson}/index.mdx: no frontmatter`);
  const data = parse(frontmatter) as { covers?: unknown };
  return Array.isArray(data.covers) ? data.covers.filter((id): id is string => typeof id === "string") : [];
}

describe("the concept map", () => {
  it("has every concept claimed by at least one lesson", () => {
    const concepts = readConceptFile(path.resolve("src/content/concepts.yaml")).concepts.map((concept) => concept.id);
    const lessons = readdirSync(lessonsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const claimed = new Set(lessons.flatMap((lesson) => coversOf(lesson.name)));
    expect(concepts.filter((id) => !claimed.has(id))).toEqual([]);
  });
});
