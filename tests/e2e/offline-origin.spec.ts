/**
 * The course is self-hosted and works offline: nothing the lesson page or
 * the playground loads (documents, scripts, workers, wasm, Python packages)
 * may come from another origin. blob: and data: URLs belong to the document.
 */
import { expect, test, type Page } from "@playwright/test";
import { LESSON_PATH, runner, runnerAt, waitForMonaco } from "./helpers.ts";

function foreign(urls: readonly string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin);
}

async function runTypeScript(page: Page): Promise<void> {
  const typescript = runnerAt(page.locator("pc-code-runner[data-language=typescript]").first());
  await waitForMonaco(typescript);
  await typescript.run.click();
  await expect(typescript.output).toContainText(/Finished in/);
}

test("the lesson page and the playground only request their own origin", async ({ page, context, baseURL }) => {
  const requested: string[] = [];
  context.on("request", (request) => requested.push(request.url()));
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;

  await page.goto(LESSON_PATH);
  const python = runner(page, 0);
  await waitForMonaco(python);
  await python.run.click();
  await expect(python.output).toContainText("take payment ok");
  await runTypeScript(page);

  await page.goto("/playground/");
  const playgroundPython = runner(page.locator("[data-panel=python]"));
  await playgroundPython.run.click();
  await expect(playgroundPython.output).toContainText("Hello, Python!");
  await page.getByRole("button", { name: "TypeScript", exact: true }).click();
  await runTypeScript(page);

  // The recording really covers the runtimes: Pyodide's wasm and the workers were fetched.
  expect(requested.some((url) => url.endsWith(".wasm"))).toBe(true);
  expect(requested.some((url) => /worker/i.test(url))).toBe(true);
  expect(foreign(requested, origin)).toEqual([]);
});
