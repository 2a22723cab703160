import { describe, expect, it } from "vitest";
import { checkSchema } from "../../src/schemas/check.ts";
import { exerciseMetaSchema } from "../../src/schemas/exercise.ts";

const meta = {
  title: "Overlap",
  language: "python",
  prompt: "Do it.",
  hints: ["one", "two"],
  checks: [{ id: "fast", label: "Fast", feedback: "Overlap them.", type: "elapsed", timing: "t", max: 1 }],
  wrong: [{ file: "wrong/sequential.py", why: "awaits one by one", fails: ["fast"] }],
};

describe("exercise schema", () => {
  it("accepts a complete exercise and fills defaults", () => {
    const parsed = exerciseMetaSchema.parse(meta);
    expect(parsed.timeLimitSeconds).toBe(15);
  });

  it("rejects a known-wrong answer that names an unknown check, at that path", () => {
    const result = exerciseMetaSchema.safeParse({ ...meta, wrong: [{ ...meta.wrong[0], fails: ["slow"] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["wrong", 0, "fails", 0]);
    expect(result.error?.issues[0]?.message).toContain('names check "slow"');
  });

  it("rejects unknown fields, duplicate check ids and bound-less timing checks", () => {
    expect(exerciseMetaSchema.safeParse({ ...meta, difficulty: 3 }).success).toBe(false);
    expect(exerciseMetaSchema.safeParse({ ...meta, checks: [meta.checks[0], meta.checks[0]] }).success).toBe(false);
    expect(checkSchema.safeParse({ id: "t", label: "L", feedback: "F", type: "elapsed", timing: "t" }).success).toBe(
      false,
    );
  });

  it("rejects an unknown check type", () => {
    const result = checkSchema.safeParse({ id: "t", label: "L", feedback: "F", type: "faster" });
    expect(result.success).toBe(false);
  });
});
