import { describe, expect, it } from "vitest";
import type { Grade } from "../../src/runners/grading/grade.ts";
import { gradeView, hintButtonLabel, hintHeading } from "../../src/client/grade-view.ts";
import { OutputBudget, describeRunEnd, formatSeconds, truncationNotice } from "../../src/client/run-status.ts";

describe("run status lines", () => {
  it("formats durations", () => {
    expect(formatSeconds(120)).toBe("0.12 s");
    expect(formatSeconds(3400)).toBe("3.4 s");
    expect(formatSeconds(12_345)).toBe("12 s");
  });

  it("describes each way a run ends", () => {
    expect(describeRunEnd({ status: "ok", durationMs: 120 }, 10_000)).toEqual([
      { text: "Finished in 0.12 s", kind: "ok" },
    ]);
    expect(describeRunEnd({ status: "stopped", durationMs: 5 }, 10_000)).toEqual([{ text: "Stopped", kind: "notice" }]);
    expect(describeRunEnd({ status: "timeout", durationMs: 10_001 }, 10_000)).toEqual([
      { text: "Timed out after 10 s", kind: "error" },
    ]);
    expect(describeRunEnd({ status: "crashed", durationMs: 1 }, 10_000)[0]?.text).toBe(
      "The runtime crashed and was restarted",
    );
  });

  it("shows the traceback and the line of an error", () => {
    const lines = describeRunEnd(
      {
        status: "error",
        durationMs: 50,
        error: {
          type: "ZeroDivisionError",
          message: "division by zero",
          traceback: "Traceback…\nZeroDivisionError: division by zero\n",
          line: 3,
        },
      },
      10_000,
    );
    expect(lines).toEqual([
      { text: "Traceback…\nZeroDivisionError: division by zero", kind: "error" },
      { text: "Stopped with an error on line 3 after 0.05 s", kind: "error" },
    ]);
  });

  it("falls back to type and message when there is no traceback", () => {
    const lines = describeRunEnd(
      { status: "error", durationMs: 0, error: { type: "SyntaxError", message: "bad", traceback: "" } },
      1,
    );
    expect(lines[0]).toEqual({ text: "SyntaxError: bad", kind: "error" });
  });

  it("cuts runaway output with exactly one notice", () => {
    const budget = new OutputBudget(2);
    const line = { stream: "stdout" as const, text: "x", at: 0 };
    expect([budget.admit(line), budget.admit(line), budget.admit(line), budget.admit(line)]).toEqual([
      "show",
      "show",
      "notice",
      "drop",
    ]);
    expect(budget.dropped).toBe(2);
    expect(truncationNotice(2)).toContain("first 2 lines");
  });
});

describe("grade view", () => {
  const failing: Grade = {
    passed: false,
    feedback: [
      { checkId: "a", label: "Runs concurrently", passed: true },
      { checkId: "b", label: "Keeps order", passed: false, message: "Use gather." },
    ],
  };

  it("renders ticks, crosses and messages", () => {
    const view = gradeView(failing);
    expect(view.items).toEqual([
      { id: "a", symbol: "✓", srText: "Passed", label: "Runs concurrently" },
      { id: "b", symbol: "✗", srText: "Failed", label: "Keeps order", message: "Use gather." },
    ]);
    expect(view.summary).toMatch(/^1 of 2 checks pass/);
  });

  it("announces a solve", () => {
    const view = gradeView({ passed: true, feedback: [{ checkId: "a", label: "x", passed: true }] });
    expect(view.passed).toBe(true);
    expect(view.summary).toBe("Solved! All 1 check passes.");
  });

  it("says when the program never reached the checks", () => {
    const view = gradeView({
      passed: false,
      feedback: [{ checkId: "run", label: "Runs", passed: false, message: "Fix it" }],
    });
    expect(view.summary).toMatch(/could not run/);
  });

  it("labels hints", () => {
    expect(hintHeading(0, 3)).toBe("Hint 1 of 3");
    expect(hintButtonLabel(0, 3)).toBe("Show a hint");
    expect(hintButtonLabel(1, 3)).toBe("Show another hint");
    expect(hintButtonLabel(3, 3)).toBeUndefined();
  });
});
