import { describe, expect, it } from "vitest";
import { grade } from "../../src/runners/grading/grade.ts";
import { evaluateCheck } from "../../src/runners/grading/evaluate-check.ts";
import type { Check } from "../../src/schemas/check.ts";
import { emptyObservations, type Observations } from "../../src/runners/observations.ts";
import type { RunResult } from "../../src/runners/protocol.ts";

function observed(partial: Partial<Observations>): Observations {
  return { ...emptyObservations(), ...partial };
}

const events = (...labels: string[]) => labels.map((label, index) => ({ label, at: index / 10 }));
const common = { id: "c", label: "L", feedback: "F" };

describe("evaluateCheck", () => {
  it("equals compares JSON deeply, keys in any order, lists in order", () => {
    const check: Check = { ...common, type: "equals", value: "r", expected: { a: [1, 2], b: "x" } };
    expect(evaluateCheck(check, observed({ values: { r: { b: "x", a: [1, 2] } } })).passed).toBe(true);
    const wrong = evaluateCheck(check, observed({ values: { r: { a: [2, 1], b: "x" } } }));
    expect(wrong).toEqual({ passed: false, observed: 'got {"a":[2,1],"b":"x"}' });
    expect(evaluateCheck(check, observed({})).observed).toBe("got nothing");
  });

  it("raises matches the exception type, or its absence", () => {
    const raises: Check = { ...common, type: "raises", value: "call", error: "ValueError" };
    const clean: Check = { ...common, type: "raises", value: "call", error: null };
    const boom = observed({ errors: { call: { type: "ValueError", message: "bad" } } });
    const fine = observed({ errors: { call: { type: null, message: "" } } });
    expect(evaluateCheck(raises, boom).passed).toBe(true);
    expect(evaluateCheck(raises, fine).observed).toBe("no exception was raised");
    expect(evaluateCheck(clean, fine).passed).toBe(true);
    expect(evaluateCheck(clean, boom).observed).toBe("raised ValueError: bad");
    expect(evaluateCheck(raises, observed({})).observed).toBe('"call" was never reached');
  });

  it("sequence requires exactly that order among the named events", () => {
    const check: Check = { ...common, type: "sequence", events: ["a", "b", "c"] };
    expect(evaluateCheck(check, observed({ events: events("a", "x", "b", "c") })).passed).toBe(true);
    expect(evaluateCheck(check, observed({ events: events("b", "a", "c") })).observed).toBe("the order was b → a → c");
    expect(evaluateCheck(check, observed({ events: events("a", "b") })).passed).toBe(false);
  });

  it("before checks a partial order between groups", () => {
    const check: Check = { ...common, type: "before", before: ["start:a", "start:b"], after: ["done:a"] };
    expect(evaluateCheck(check, observed({ events: events("start:b", "start:a", "done:a") })).passed).toBe(true);
    expect(evaluateCheck(check, observed({ events: events("start:a", "done:a", "start:b") })).observed).toBe(
      "done:a happened before start:b",
    );
    expect(evaluateCheck(check, observed({ events: events("start:a") })).observed).toBe(
      "start:b, done:a never happened",
    );
  });

  it("order-differs passes only when completion order differs from submission order", () => {
    const check: Check = { ...common, type: "order-differs", submitted: "submit:", completed: "done:" };
    const same = events("submit:1", "submit:2", "done:1", "done:2");
    const differs = events("submit:1", "submit:2", "done:2", "done:1");
    expect(evaluateCheck(check, observed({ events: differs })).passed).toBe(true);
    expect(evaluateCheck(check, observed({ events: same })).observed).toBe("both orders were 1, 2");
  });

  it("all-of wants each label exactly once, in any order", () => {
    const check: Check = { ...common, type: "all-of", events: ["a", "b"] };
    expect(evaluateCheck(check, observed({ events: events("b", "a") })).passed).toBe(true);
    expect(evaluateCheck(check, observed({ events: events("a", "a") })).observed).toBe(
      "a happened 2 times; b happened 0 times",
    );
  });

  it("elapsed and ratio compare durations with bounds", () => {
    const elapsed: Check = { ...common, type: "elapsed", timing: "t", max: 0.55 };
    const ratio: Check = { ...common, type: "ratio", timing: "t", baseline: "seq", max: 0.6 };
    const fast = observed({ timings: { t: 0.5, seq: 1.0 } });
    const slow = observed({ timings: { t: 1.0, seq: 1.0 } });
    expect(evaluateCheck(elapsed, fast).passed).toBe(true);
    expect(evaluateCheck(elapsed, slow).observed).toBe("it took 1.000 s");
    expect(evaluateCheck(ratio, fast).passed).toBe(true);
    expect(evaluateCheck(ratio, slow).observed).toBe("it took 1.000 s, 1.00× the 1.000 s baseline");
    expect(evaluateCheck(ratio, observed({ timings: { t: 1 } })).passed).toBe(false);
  });
});

describe("grade", () => {
  const checks: Check[] = [
    {
      id: "result",
      label: "Returns the dishes",
      feedback: "Return all three dishes.",
      type: "equals",
      value: "r",
      expected: [1, 2, 3],
    },
    {
      id: "fast",
      label: "Waits overlap",
      feedback: "Start every wait before awaiting.",
      type: "elapsed",
      timing: "t",
      max: 0.55,
    },
  ];
  const ok = (observations: Observations): RunResult => ({ status: "ok", durationMs: 3, observations });

  it("passes when every check passes, labelling each", () => {
    const result = grade(checks, ok(observed({ values: { r: [1, 2, 3] }, timings: { t: 0.5 } })));
    expect(result).toEqual({
      passed: true,
      feedback: [
        { checkId: "result", label: "Returns the dishes", passed: true },
        { checkId: "fast", label: "Waits overlap", passed: true },
      ],
    });
  });

  it("gives each failed check's own feedback with what was observed", () => {
    const result = grade(checks, ok(observed({ values: { r: [1, 2, 3] }, timings: { t: 1.0 } })));
    expect(result.passed).toBe(false);
    expect(result.feedback[1]?.message).toBe("Start every wait before awaiting. (Observed: it took 1.000 s.)");
  });

  it("explains a run that never reached the checks", () => {
    const error: RunResult = {
      status: "error",
      durationMs: 1,
      error: { type: "NameError", message: "name 'x' is not defined", traceback: "", line: 4 },
    };
    expect(grade(checks, error).feedback).toEqual([
      {
        checkId: "run",
        label: "Your program runs to the end",
        passed: false,
        message:
          "Your program stopped with NameError: name 'x' is not defined (line 4). Fix that first, then check again.",
      },
    ]);
    expect(grade(checks, { status: "timeout", durationMs: 1 }).feedback[0]?.message).toMatch(/time limit/);
  });

  it("does not let printed output stand in for observations", () => {
    const printedOnly: RunResult = { status: "ok", durationMs: 1 };
    const result = grade(checks, printedOnly);
    expect(result.passed).toBe(false);
    expect(result.feedback[0]?.checkId).toBe("run");
  });

  it("reports a failing harness as a problem with the names the task asks for", () => {
    const result = grade(checks, {
      status: "ok",
      durationMs: 1,
      harnessError: { type: "AttributeError", message: "module 'learner' has no attribute 'main'", traceback: "" },
    });
    expect(result.feedback[0]?.message).toContain("AttributeError: module 'learner' has no attribute 'main'");
  });
});
