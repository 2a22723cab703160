import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./tests/e2e/chromium.ts";

const port = Number(process.env["E2E_PORT"] ?? 4329);
// E2E_DIST tests a build in another folder (`astro build --outDir <dir>`), so a
// test run is not disturbed by someone rebuilding dist/ at the same time.
const outDir = process.env["E2E_DIST"];
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Pyodide's first start takes seconds on a 2-core machine.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: start even when another `astro preview` of this project runs
    // (on another port, or on another build); Playwright stops this one itself.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}${outDir ? ` --outDir ${JSON.stringify(outDir)}` : ""}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});
