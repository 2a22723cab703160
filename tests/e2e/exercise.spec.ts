/**
 * Grading in the browser: the starter fails with the feedback of exactly the
 * checks it breaks, the reference solution passes every check (in Python and
 * in TypeScript, whose virtual clock must also work in a browser worker), and
 * hints are revealed one at a time.
 */
import { expect, test, type Locator } from "@playwright/test";
import {
  LESSON_PATH,
  sharedPage,
  PYTHON_EXERCISE,
  TYPESCRIPT_EXERCISE,
  exercise,
  exerciseFile,
  replaceCode,
  runner,
  waitForMonaco,
} from "./helpers.ts";

/** The grading summary of an exercise: the status that reports how many checks pass. */
function summary(panel: Locator): Locator {
  return panel.getByRole("status").filter({ hasText: /checks? pass|could not run/ });
}

function check(panel: Locator, outcome: "Passed" | "Failed", label: string): Locator {
  return panel
    .getByRole("list", { name: "Checks" })
    .getByRole("listitem")
    .filter({ hasText: `${outcome}: ${label}` });
}

const lessonPage = sharedPage(LESSON_PATH);

test("Python exercise: the starter fails the overlap checks, the reference solution passes", async () => {
  const page = lessonPage();
  const panel = exercise(page, PYTHON_EXERCISE);
  const editor = runner(panel);
  await waitForMonaco(editor);

  await panel.getByRole("button", { name: "Check" }).click();
  await expect(summary(panel)).toHaveText(/^2 of 4 checks pass\./);
  await expect(check(panel, "Passed", "The dishes come back in the order they were ordered")).toBeVisible();
  await expect(check(panel, "Passed", "Every item is cooked exactly once")).toBeVisible();
  await expect(check(panel, "Failed", "Every item is on the stove before the first one is ready")).toContainText(
    "The waits ran one after another",
  );
  await expect(check(panel, "Failed", "Breakfast takes about as long as the slowest item")).toContainText(
    "Breakfast took longer than its slowest item",
  );
  await expect(panel.getByText("✓ Solved")).toBeHidden();

  await replaceCode(editor, exerciseFile("01-gather-breakfast", "solution.py"));
  await panel.getByRole("button", { name: "Check" }).click();
  await expect(summary(panel)).toHaveText("Solved! All 4 checks pass.");
  await expect(panel.getByRole("list", { name: "Checks" }).getByText(/^Failed:/)).toHaveCount(0);
  await expect(panel.getByText("✓ Solved")).toBeVisible();
});

test("TypeScript exercise: the starter fails the overlap checks, the reference solution passes", async () => {
  const page = lessonPage();
  const panel = exercise(page, TYPESCRIPT_EXERCISE);
  const editor = runner(panel);
  await waitForMonaco(editor);

  await panel.getByRole("button", { name: "Check" }).click();
  await expect(summary(panel)).toHaveText(/^3 of 5 checks pass\./);
  await expect(check(panel, "Passed", "The readings come back in station order")).toBeVisible();
  await expect(check(panel, "Passed", "pollAll waits until the slowest station has answered")).toBeVisible();
  await expect(check(panel, "Failed", "Quick stations answer before slow ones")).toContainText(
    "Every station answered in the order it was asked",
  );
  await expect(check(panel, "Failed", "One round takes about as long as the slowest station")).toContainText(
    "The round took much longer than the slowest station alone",
  );

  await replaceCode(editor, exerciseFile("02-promise-all-stations", "solution.ts"));
  await panel.getByRole("button", { name: "Check" }).click();
  await expect(summary(panel)).toHaveText("Solved! All 5 checks pass.");
  await expect(panel.getByText("✓ Solved")).toBeVisible();
});

test("hints are revealed one at a time", async () => {
  const page = lessonPage();
  const panel = exercise(page, PYTHON_EXERCISE);
  const hints = panel.getByRole("list", { name: "Hints" });
  for (const n of [1, 2, 3]) await expect(hints.getByText(`Hint ${n} of 3`)).toBeHidden();

  await panel.getByRole("button", { name: "Show a hint" }).click();
  await expect(hints.getByText("Hint 1 of 3")).toBeVisible();
  await expect(hints.getByText("Hint 1 of 3")).toBeFocused();
  await expect(hints.getByText("Hint 2 of 3")).toBeHidden();

  await panel.getByRole("button", { name: "Show another hint" }).click();
  await expect(hints.getByText("Hint 2 of 3")).toBeVisible();
  await expect(hints.getByText("Hint 3 of 3")).toBeHidden();

  await panel.getByRole("button", { name: "Show another hint" }).click();
  await expect(hints.getByText("Hint 3 of 3")).toBeVisible();
  await expect(hints).toContainText("asyncio.gather(*(cook(item, seconds) for item, seconds in order))");
  await expect(panel.getByRole("button", { name: /hint/ })).toHaveCount(0);
});
