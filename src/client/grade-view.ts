/** What the exercise panel shows for a grade: a summary and a checklist. Pure, so it is tested without a DOM. */
import type { Grade } from "../runners/grading/grade.ts";

/** One row of the checklist. */
export interface ChecklistItem {
  id: string;
  symbol: "✓" | "✗";
  /** Spoken instead of the symbol. */
  srText: "Passed" | "Failed";
  label: string;
  message?: string;
}

/** The summary sentence and the rows. */
export interface GradeView {
  passed: boolean;
  summary: string;
  items: ChecklistItem[];
}

/** Turns a grade into what the panel renders. */
export function gradeView(grade: Grade): GradeView {
  const items = grade.feedback.map((item): ChecklistItem => {
    const row: ChecklistItem = {
      id: item.checkId,
      symbol: item.passed ? "✓" : "✗",
      srText: item.passed ? "Passed" : "Failed",
      label: item.label,
    };
    if (!item.passed && item.message !== undefined) row.message = item.message;
    return row;
  });
  const passedCount = grade.feedback.filter((item) => item.passed).length;
  const total = grade.feedback.length;
  const ranAtAll = !grade.feedback.some((item) => item.checkId === "run" && !item.passed);
  const summary = !ranAtAll
    ? "The checks could not run yet. Read the ✗ below."
    : grade.passed
      ? `Solved! All ${total} ${total === 1 ? "check passes" : "checks pass"}.`
      : `${passedCount} of ${total} ${total === 1 ? "check passes" : "checks pass"}. Read the first ✗ below, change your code and check again.`;
  return { passed: grade.passed, summary, items };
}

/** The heading of a revealed hint, e.g. `Hint 2 of 3`. */
export function hintHeading(index: number, total: number): string {
  return `Hint ${index + 1} of ${total}`;
}

/** The label of the hint button, or `undefined` when every hint is shown. */
export function hintButtonLabel(revealed: number, total: number): string | undefined {
  if (revealed >= total) return undefined;
  return revealed === 0 ? "Show a hint" : "Show another hint";
}
