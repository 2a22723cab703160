/**
 * Monaco must come up cleanly with both languages. The TypeScript features
 * arrive in a lazy chunk that carries editor contributions; if the services
 * they need are not registered up front, every editor created after that
 * chunk throws "[createInstance] … depends on UNKNOWN service …".
 */
import { expect, test, type Page } from "@playwright/test";
import { LESSON_PATH, collectErrors, runner, runnerAt, waitForMonaco, type Runner } from "./helpers.ts";

/** Types a type error into a TypeScript editor and waits for the TypeScript worker to underline it. */
async function provokeTypeError(page: Page, target: Runner): Promise<void> {
  await waitForMonaco(target);
  await target.editor.focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('\nconst broken: number = "text";\n');
  await expect(target.root.locator(".squiggly-error").first()).toBeAttached();
}

test("the lesson page's Python and TypeScript editors load without page errors", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(LESSON_PATH);
  const count = await page.locator("pc-code-runner").count();
  expect(count).toBeGreaterThan(2);
  // In page order: the TypeScript chunk loads midway, so later editors are created after it.
  for (let index = 0; index < count; index += 1) await waitForMonaco(runner(page, index));
  await provokeTypeError(page, runnerAt(page.locator("pc-code-runner[data-language=typescript]").last()));
  expect(errors).toEqual([]);
});

test("the playground's editors load without page errors in either language", async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto("/playground/");
  await waitForMonaco(runner(page.locator("[data-panel=python]")));
  await page.getByRole("button", { name: "TypeScript", exact: true }).click();
  await provokeTypeError(page, runner(page.locator("[data-panel=typescript]")));
  expect(errors).toEqual([]);
});
