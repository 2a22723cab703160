/** Drafts survive a reload; Reset brings back the starting code, and its Undo brings the draft back. */
import { expect, test } from "@playwright/test";
import { LESSON_PATH, codeOf, runner, typeInto, waitForMonaco } from "./helpers.ts";

test("an edited block keeps its draft across a reload, and Reset restores the starter", async ({ page }) => {
  await page.goto(LESSON_PATH);
  const first = runner(page, 0);
  await waitForMonaco(first);
  const starter = await codeOf(first);
  expect(starter).toContain("asyncio.run(main())");
  const draft = 'print("my own draft")\n';
  await typeInto(page, first, draft);

  await page.reload();
  await waitForMonaco(first);
  expect(await codeOf(first)).toBe(draft);

  await first.reset.click();
  await expect.poll(() => codeOf(first)).toBe(starter);
  await expect(first.root.getByRole("status")).toContainText("Restored the starting code.");

  await first.root.getByRole("button", { name: "Undo reset" }).click();
  await expect.poll(() => codeOf(first)).toBe(draft);
});

test("a reset survives a reload too", async ({ page }) => {
  await page.goto(LESSON_PATH);
  const first = runner(page, 0);
  await waitForMonaco(first);
  const starter = await codeOf(first);
  await typeInto(page, first, 'print("soon gone")\n');
  await first.reset.click();
  await expect.poll(() => codeOf(first)).toBe(starter);

  await page.reload();
  await waitForMonaco(first);
  expect(await codeOf(first)).toBe(starter);
});
