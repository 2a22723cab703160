import { describe, expect, it } from "vitest";
import { lessonOrderProblems } from "../../src/content/loaders/lesson-order.ts";

describe("lessonOrderProblems", () => {
  it("accepts folders whose numbers match their order", () => {
    expect(
      lessonOrderProblems([
        { id: "01-a", order: 1, file: "a.mdx" },
        { id: "02-b", order: 2, file: "b.mdx" },
      ]),
    ).toEqual([]);
  });

  it("names a lesson whose order disagrees with its folder", () => {
    expect(lessonOrderProblems([{ id: "02-b", order: 3, file: "b.mdx" }])).toEqual([
      "b.mdx: order: expected 2 (the folder's number), found 3",
    ]);
  });

  it("names a folder without a number and a reused order", () => {
    expect(
      lessonOrderProblems([
        { id: "01-a", order: 1, file: "a.mdx" },
        { id: "intro", order: 1, file: "intro.mdx" },
      ]),
    ).toEqual([
      'intro.mdx: lesson folder name: expected a number, a dash and kebab-case words (e.g. "01-first-steps"), found "intro"',
      "intro.mdx: order: expected a number no other lesson uses, found 1 (also used by 01-a)",
    ]);
  });
});
