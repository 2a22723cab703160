import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeValue, formatContentError, formatPath } from "../../src/content/loaders/format-content-error.ts";
import { exerciseMetaSchema } from "../../src/schemas/exercise.ts";

const check = { id: "a", type: "equals", label: "L", feedback: "F", value: "v", expected: 1 };
const valid = { title: "T", language: "python", prompt: "P", hints: ["H"], checks: [check] };

function errorsFor(input: unknown, reportInput = true): string[] {
  const result = exerciseMetaSchema.safeParse(input, { reportInput });
  if (result.success) throw new Error("expected the input to be invalid");
  return formatContentError("ex.yaml", result.error, input).split("\n");
}

describe("formatPath", () => {
  it("writes list indexes in brackets and fields with dots", () => {
    expect(formatPath(["checks", 1, "max"])).toBe("checks[1].max");
    expect(formatPath([0, "id"])).toBe("[0].id");
    expect(formatPath([])).toBe("(top level)");
  });
});

describe("describeValue", () => {
  it("quotes strings, counts lists and names missing values", () => {
    expect(describeValue("fast")).toBe('"fast"');
    expect(describeValue(3)).toBe("3");
    expect(describeValue(undefined)).toBe("nothing (the field is missing)");
    expect(describeValue([1, 2])).toBe("a list of 2");
    expect(describeValue({ a: 1 })).toBe("a mapping with a");
    expect(describeValue("x".repeat(100))).toBe(`"${"x".repeat(56)}…"`);
  });
});

describe("formatContentError", () => {
  it("names file, field, expectation and found value for each issue", () => {
    expect(errorsFor({ ...valid, language: "rust", hints: [] })).toEqual([
      'ex.yaml: language: expected one of "python", "typescript", found "rust"',
      "ex.yaml: hints: expected at least 1 item, found an empty list",
    ]);
  });

  it("reports a missing required field as missing", () => {
    const withoutTitle = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== "title"));
    expect(errorsFor(withoutTitle)).toEqual([
      "ex.yaml: title: expected a string, found nothing (the field is missing)",
    ]);
  });

  it("names an unknown check type with the allowed types", () => {
    const [line] = errorsFor({ ...valid, checks: [{ ...check, type: "equal" }] });
    expect(line).toMatch(/^ex\.yaml: checks\[0\]\.type: expected one of "equals", "raises", .*found "equal"$/);
  });

  it("lists unknown fields, e.g. a misspelt key", () => {
    expect(errorsFor({ ...valid, hint: ["x"] })).toEqual([
      'ex.yaml: (top level): unknown field "hint"; expected only the documented fields (check the spelling)',
    ]);
  });

  it("finds the offending value in the document when issues do not carry it", () => {
    expect(errorsFor({ ...valid, timeLimitSeconds: 500 }, false)).toEqual([
      "ex.yaml: timeLimitSeconds: expected a number <= 120, found 500",
    ]);
  });

  it("keeps the wording of custom refinements", () => {
    const schema = z.string().refine((s) => s.startsWith("a"), { message: "must start with a" });
    const result = schema.safeParse("b");
    expect(result.success).toBe(false);
    if (!result.success) expect(formatContentError("f", result.error)).toBe("f: (top level): must start with a");
  });
});
