/** The playground: Share puts the program in the link, and opening a link loads it, in either language. */
import { expect, test } from "@playwright/test";
import { codeOf, replaceCode, runner, waitForMonaco } from "./helpers.ts";

function fragmentCode(url: string, prefix: "py" | "ts"): string {
  const match = new RegExp(`#${prefix}=([A-Za-z0-9_-]+)$`).exec(url);
  expect(match, `share link ${url}`).not.toBeNull();
  return Buffer.from(match?.[1] ?? "", "base64url").toString("utf8");
}

test("Share puts the Python program in the link, and the link loads it in a fresh browser", async ({
  page,
  browser,
}) => {
  await page.goto("/playground/");
  const python = runner(page.locator("[data-panel=python]"));
  await waitForMonaco(python);
  const code = 'print("shared from the playground ✓")\n';
  await replaceCode(python, code);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page).toHaveURL(/#py=[A-Za-z0-9_-]+$/);
  expect(fragmentCode(page.url(), "py")).toBe(code);

  const other = await browser.newContext();
  const visitor = await other.newPage();
  await visitor.goto(page.url());
  const loaded = runner(visitor.locator("[data-panel=python]"));
  await expect.poll(() => codeOf(loaded)).toBe(code);
  await expect(visitor.getByRole("status").filter({ hasText: "Loaded the shared code." })).toBeVisible();
  await loaded.run.click();
  await expect(loaded.output).toContainText("shared from the playground ✓");
  await other.close();
});

test("a TypeScript link switches the playground to TypeScript and runs there", async ({ page }) => {
  await page.goto("/playground/");
  await expect(page.getByRole("button", { name: "Python", exact: true })).toHaveAttribute("aria-pressed", "true");
  const code = 'const answer: number = 6 * 7;\nconsole.log("typed", answer);\n';
  await page.goto(`/playground/#ts=${Buffer.from(code).toString("base64url")}`);
  await expect(page.getByRole("button", { name: "TypeScript", exact: true })).toHaveAttribute("aria-pressed", "true");
  const typescript = runner(page.locator("[data-panel=typescript]"));
  await expect(typescript.root).toBeVisible();
  await expect(runner(page.locator("[data-panel=python]")).root).toBeHidden();
  await waitForMonaco(typescript);
  await expect.poll(() => codeOf(typescript)).toBe(code);
  await typescript.run.click();
  await expect(typescript.output).toContainText("typed 42");
  await expect(typescript.output).toContainText(/Finished in/);
});

test("a damaged link says so and keeps the saved code", async ({ page }) => {
  await page.goto("/playground/");
  const python = runner(page.locator("[data-panel=python]"));
  await waitForMonaco(python);
  const starter = await codeOf(python);
  await page.goto("/playground/#py=a");
  await expect(page.getByRole("status").filter({ hasText: "This share link is damaged" })).toBeVisible();
  await expect.poll(() => codeOf(python)).toBe(starter);
});

test("the playground runs threads, processes and asyncio, each for real", async ({ page }) => {
  await page.goto("/playground/");
  const python = runner(page.locator("[data-panel=python]"));
  await waitForMonaco(python);
  const code = [
    "import asyncio, multiprocessing, os, threading",
    "def square(x):",
    "    return x * x",
    "def child(queue):",
    "    queue.put(os.getpid() != os.getppid())",
    "async def two():",
    "    return await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.01, 'b'))",
    'if __name__ == "__main__":',
    "    names = []",
    "    threads = [threading.Thread(target=lambda: names.append(threading.current_thread().name)) for _ in range(3)]",
    "    for t in threads: t.start()",
    "    for t in threads: t.join()",
    "    print('threads', len(names))",
    "    with multiprocessing.Pool(2) as pool:",
    "        print('pool', pool.map(square, range(5)))",
    "    queue = multiprocessing.Queue()",
    "    p = multiprocessing.Process(target=child, args=(queue,))",
    "    p.start()",
    "    print('other process', queue.get())",
    "    p.join()",
    "    print('asyncio', asyncio.run(two()))",
    "",
  ].join("\n");
  await replaceCode(python, code);
  await python.run.click();
  await expect(python.output).toContainText("threads 3");
  await expect(python.output).toContainText("pool [0, 1, 4, 9, 16]", { timeout: 60_000 });
  await expect(python.output).toContainText("other process True", { timeout: 60_000 });
  await expect(python.output).toContainText("asyncio ['a', 'b']");
  await expect(python.output).toContainText(/Finished in/);
});
