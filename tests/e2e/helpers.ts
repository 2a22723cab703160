/**
 * Shared steps for the end-to-end tests: finding a code runner and its parts
 * by role and accessible name, waiting for Monaco, replacing code, and
 * collecting page errors. Tests wait for states, never for time.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { CodeRunnerElement } from "../../src/client/code-runner-element.ts";

/** The one lesson the course has so far. */
export const LESSON_PATH = "/lessons/01-overlapping-waits/";
export const LESSON_TITLE = "Overlapping waits";
export const PYTHON_EXERCISE = "Cook breakfast with overlapping waits";
export const TYPESCRIPT_EXERCISE = "Poll weather stations with Promise.all";

const kExercises = new URL("../../src/content/lessons/01-overlapping-waits/exercises/", import.meta.url);

/** Reads a file of an exercise in the first lesson, e.g. `("01-gather-breakfast", "solution.py")`. */
export function exerciseFile(exercise: string, file: string): string {
  return readFileSync(fileURLToPath(new URL(`${exercise}/${file}`, kExercises)), "utf8");
}

/** The parts of one `<pc-code-runner>`, found by role and name. */
export interface Runner {
  root: Locator;
  run: Locator;
  stop: Locator;
  reset: Locator;
  output: Locator;
  /** The visible editor: Monaco's input once it has loaded, the plain textarea before. */
  editor: Locator;
  /** Live "Starting…/Running…" state next to the buttons. */
  state: Locator;
}

/** The runner in `scope` (a page, an exercise region, a playground panel); `index` picks among several. */
export function runner(scope: Page | Locator, index = 0): Runner {
  return runnerAt(scope.locator("pc-code-runner").nth(index));
}

/** The parts of the `<pc-code-runner>` that `root` points at. */
export function runnerAt(root: Locator): Runner {
  return {
    root,
    run: root.getByRole("button", { name: "Run", exact: true }),
    stop: root.getByRole("button", { name: "Stop", exact: true }),
    reset: root.getByRole("button", { name: "Reset", exact: true }),
    output: root.getByRole("log", { name: "Output" }),
    editor: root.getByRole("textbox"),
    state: root.getByRole("toolbar"),
  };
}

/** The exercise panel whose heading contains `title`. */
export function exercise(page: Page, title: string): Locator {
  return page.locator("pc-exercise").filter({ has: page.getByRole("heading", { name: title }) });
}

/** Scrolls the runner into view and waits until Monaco has replaced its plain textarea. */
export async function waitForMonaco(target: Runner): Promise<void> {
  await target.root.scrollIntoViewIfNeeded();
  await expect(target.root.locator(".monaco-editor")).toBeVisible();
  await expect(target.root.locator(".pc-runner__textarea")).toBeHidden();
}

/** Replaces all the code in the runner through its public method (bulk edits; see typeInto for typing). */
export async function replaceCode(target: Runner, code: string): Promise<void> {
  await target.root.evaluate((element, source) => (element as CodeRunnerElement).replaceCode(source), code);
  await expect.poll(() => codeOf(target)).toBe(code);
}

/** The code in the runner's editor. */
export function codeOf(target: Runner): Promise<string> {
  return target.root.evaluate((element) => (element as CodeRunnerElement).getCode());
}

/** Selects everything in the editor and types `code` over it, as a learner pasting would. */
export async function typeInto(page: Page, target: Runner, code: string): Promise<void> {
  // Monaco's input element is zero-sized, so click the text as a learner would.
  const monacoText = target.root.locator(".monaco-editor .view-lines");
  await ((await monacoText.isVisible()) ? monacoText : target.editor).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(code);
  await expect.poll(() => codeOf(target)).toBe(code);
}

/** Presses Run and waits until the run has ended (the status line "Finished", "Stopped", …). */
export async function runAndWait(target: Runner): Promise<void> {
  await target.run.click();
  await expect(target.stop).toBeDisabled();
}

/** Starts recording uncaught page errors and console errors; read the array at the end of the test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/**
 * One page for all the tests of a file, opened at `path` once: the runtimes
 * start once per file instead of once per test. Each test replaces the code
 * it runs, so the tests stay independent of each other's code. Call at the
 * top of a spec file; the returned function gives the page inside a test.
 */
export function sharedPage(path: string): () => Page {
  let shared: Page | undefined;
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async ({ browser, baseURL }) => {
    shared = await browser.newPage(baseURL === undefined ? {} : { baseURL });
    await shared.goto(path);
  });
  test.afterAll(async () => {
    await shared?.context().close();
  });
  return () => {
    if (shared === undefined) throw new Error("sharedPage: the page is opened in beforeAll");
    return shared;
  };
}
