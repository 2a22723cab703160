/** Running a Python block on the lesson page: the Run button and Ctrl/Cmd+Enter both run it. */
import { expect, test } from "@playwright/test";
import { LESSON_PATH, runner, sharedPage, typeInto, waitForMonaco } from "./helpers.ts";

const lessonPage = sharedPage(LESSON_PATH);

test("Run shows the first Python block's output in its Output log", async () => {
  const page = lessonPage();
  const first = runner(page, 0);
  await first.reset.click();
  await first.run.click();
  // The block awaits three waits in turn, then prints the list and the total.
  await expect(first.output).toContainText("grind beans: waiting");
  await expect(first.output).toContainText("['grind beans ok', 'steam milk ok', 'take payment ok']");
  await expect(first.output).toContainText(/Finished in/);
  await expect(first.stop).toBeDisabled();
});

test("Ctrl+Enter runs the focused editor's code, even when other editors were created after it", async () => {
  const page = lessonPage();
  const first = runner(page, 0);
  await waitForMonaco(first);
  // Editors further down are created when they scroll near, so the last one is created last.
  const last = runner(page, (await page.locator("pc-code-runner").count()) - 1);
  await waitForMonaco(last);
  await typeInto(page, first, 'print("typed by hand", 6 * 7)\n');
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(first.output).toContainText("typed by hand 42");
  await expect(first.output).toContainText(/Finished in/);
  await expect(last.output).toBeEmpty();
});

test("an exception shows its traceback and the line it happened on", async () => {
  const page = lessonPage();
  const first = runner(page, 0);
  await waitForMonaco(first);
  await typeInto(page, first, 'print("before")\nraise ValueError("broken on purpose")\n');
  await first.run.click();
  await expect(first.output).toContainText("before");
  await expect(first.output).toContainText("ValueError: broken on purpose");
  await expect(first.output).toContainText("Stopped with an error on line 2");
});
