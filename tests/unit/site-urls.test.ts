import { describe, expect, it } from "vitest";
import { joinBase } from "../../src/components/site/urls.ts";

describe("joinBase", () => {
  it("joins a root base", () => {
    expect(joinBase("/", "lessons/")).toBe("/lessons/");
    expect(joinBase("/")).toBe("/");
  });

  it("keeps a sub-path base and drops leading slashes of the path", () => {
    expect(joinBase("/course/", "/pyodide/pyodide.mjs")).toBe("/course/pyodide/pyodide.mjs");
    expect(joinBase("/course", "search/")).toBe("/course/search/");
  });
});
