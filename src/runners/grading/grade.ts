import type { Check } from "../../schemas/check.ts";
import type { RunResult } from "../protocol.ts";
import { evaluateCheck } from "./evaluate-check.ts";

export interface Feedback {
  /** Id of the check, or `run` when the program did not get as far as the checks. */
  checkId: string;
  /** What the check verifies. */
  label: string;
  passed: boolean;
  /** Present when it failed: what to do about it, and what was observed. */
  message?: string;
}

/** The fixed shape of a grade: whether it passed, and what to tell the learner. */
export interface Grade {
  passed: boolean;
  feedback: Feedback[];
}

function runFailure(result: RunResult): string | undefined {
  switch (result.status) {
    case "ok":
      return undefined;
    case "error":
      return result.error
        ? `Your program stopped with ${result.error.type}: ${result.error.message}${
            result.error.line === undefined ? "" : ` (line ${result.error.line})`
          }. Fix that first, then check again.`
        : "Your program stopped with an error. Fix that first, then check again.";
    case "timeout":
      return "Your program did not finish within the time limit. Look for a loop that never ends or a wait that never returns.";
    case "stopped":
      return "The run was stopped before the checks could finish.";
    case "crashed":
      return "The Python or TypeScript runtime crashed during the run. It has been restarted; try again.";
  }
}

/**
 * Grades a finished run: every check is evaluated against the harness's
 * observations, in order. A run that failed before the checks could observe
 * anything produces one feedback item explaining why.
 */
export function grade(checks: readonly Check[], result: RunResult): Grade {
  const failure = runFailure(result);
  if (failure !== undefined)
    return {
      passed: false,
      feedback: [{ checkId: "run", label: "Your program runs to the end", passed: false, message: failure }],
    };
  if (result.harnessError !== undefined || result.observations === undefined) {
    const detail = result.harnessError
      ? `${result.harnessError.type}: ${result.harnessError.message}`
      : "no observations";
    return {
      passed: false,
      feedback: [
        {
          checkId: "run",
          label: "The checks can call your code",
          passed: false,
          message: `The checks could not run against your program (${detail}). Did you keep the names the task asks for?`,
        },
      ],
    };
  }
  const { observations } = result;
  const feedback = checks.map((check): Feedback => {
    const outcome = evaluateCheck(check, observations);
    if (outcome.passed) return { checkId: check.id, label: check.label, passed: true };
    return {
      checkId: check.id,
      label: check.label,
      passed: false,
      message: `${check.feedback} (Observed: ${outcome.observed ?? "?"}.)`,
    };
  });
  return { passed: feedback.every((item) => item.passed), feedback };
}
