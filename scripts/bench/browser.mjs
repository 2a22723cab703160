/**
 * The browser measurements: navigation → first Python output (cold and warm)
 * for our lesson and the baseline, and run/stop latencies on a loaded page.
 * Times are taken inside the page (performance.now(), whose origin is the
 * navigation start), so the DevTools round trip does not count.
 */
import { chromium } from "playwright-core";

const ARGS = [
  "--disable-background-networking",
  "--no-first-run",
  "--disable-gpu",
  "--disable-component-update",
  "--disable-sync",
];

/** Installed in every page: clicks Run on the first Python block as soon as it can, and notes when output appears. */
function instrument() {
  const marks = {};
  Object.defineProperty(window, "__bench", { value: marks });
  const watch = (root, selector) => {
    const check = () => {
      const found = root.querySelector(selector);
      if (!found || marks.firstOutput !== undefined) return false;
      marks.firstOutput = performance.now();
      marks.text = found.textContent;
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
  };
  const start = () => {
    if (location.pathname.startsWith("/__baseline/")) return watch(document.body, ".line");
    customElements.whenDefined("pc-code-runner").then(() => {
      const runner = document.querySelector('pc-code-runner[data-language="python"]');
      if (!runner) return void (marks.error = "no Python block on the page");
      marks.interactive = performance.now();
      watch(runner.querySelector('[role="log"]'), ".pc-output__line");
      runner.querySelector("[data-action=run]").click();
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}

/** @param {{ headless?: boolean }} [options] */
export async function launch(options = {}) {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: ARGS, headless: options.headless ?? true });
}

async function newContext(browser) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  return context;
}

async function waitFirstOutput(page, timeoutMs) {
  await page.waitForFunction(() => window.__bench?.firstOutput !== undefined || window.__bench?.error, null, {
    timeout: timeoutMs,
    polling: 50,
  });
  const marks = await page.evaluate(() => ({ ...window.__bench }));
  if (marks.error) throw new Error(marks.error);
  return marks;
}

/**
 * One cold load (fresh context: empty HTTP cache, no service worker) and one
 * warm reload in the same context. Resolves with both navigation → first output times.
 */
export async function coldAndWarm(browser, url, timeoutMs = 60_000) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const cold = await waitFirstOutput(page, timeoutMs);
    // Let the service worker settle and caches fill, as a learner's second visit would find them.
    await page.waitForTimeout(1500);
    await page.reload({ waitUntil: "commit" });
    const warm = await waitFirstOutput(page, timeoutMs);
    return {
      coldMs: cold.firstOutput,
      warmMs: warm.firstOutput,
      coldInteractiveMs: cold.interactive,
      warmInteractiveMs: warm.interactive,
    };
  } finally {
    await context.close();
  }
}

/** Runs code in a runner via its Run button; resolves with ms from click to the first output line and to the status line. */
function runOnce(page, selector, code, until) {
  return page.evaluate(
    ({ selector, code, until }) =>
      new Promise((resolve, reject) => {
        const runner = document.querySelector(selector);
        if (!runner) return reject(new Error(`no ${selector}`));
        runner.replaceCode(code);
        const log = runner.querySelector('[role="log"]');
        let started = 0;
        let firstLine;
        const observer = new MutationObserver(() => {
          if (firstLine === undefined && log.querySelector(".pc-output__line")) firstLine = performance.now() - started;
          const status = log.querySelector(".pc-output__status");
          if (until === "line" ? firstLine !== undefined : status) {
            observer.disconnect();
            resolve({ firstLineMs: firstLine, endMs: performance.now() - started, status: status?.textContent ?? "" });
          }
        });
        observer.observe(log, { childList: true, subtree: true });
        started = performance.now();
        runner.querySelector("[data-action=run]").click();
      }),
    { selector, code, until },
  );
}

/** Starts `code`, waits `afterMs`, presses Stop and resolves with ms from Stop until a `print` run shows output. */
async function stopToReady(page, selector, code, afterMs) {
  await page.evaluate(
    ({ selector, code }) => {
      const runner = document.querySelector(selector);
      runner.replaceCode(code);
      runner.querySelector("[data-action=run]").click();
    },
    { selector, code },
  );
  await page.waitForTimeout(afterMs);
  return page.evaluate(
    (selector) =>
      new Promise((resolve) => {
        const runner = document.querySelector(selector);
        const log = runner.querySelector('[role="log"]');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const status = log.querySelector(".pc-output__status");
          if (status && /Stopped/.test(status.textContent)) {
            observer.disconnect();
            const stoppedMs = performance.now() - started;
            runner.replaceCode('print("ready")');
            const again = new MutationObserver(() => {
              if (log.querySelector(".pc-output__line")) {
                again.disconnect();
                resolve({ stoppedMs, readyMs: performance.now() - started });
              }
            });
            again.observe(log, { childList: true, subtree: true });
            runner.querySelector("[data-action=run]").click();
          }
        });
        observer.observe(log, { childList: true, subtree: true });
        runner.querySelector("[data-action=stop]").click();
      }),
    selector,
  );
}

/**
 * Latencies on a loaded lesson page: warm Python runs, TypeScript runs, and
 * Stop → ready (each stop as `{ stoppedMs, readyMs }`).
 * @param {{ runs: number, stopRuns: number, spareWaitMs: number }} counts
 */
export async function latencies(browser, url, counts) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    await waitFirstOutput(page, 60_000);
    const py = 'pc-code-runner[data-language="python"]';
    const ts = 'pc-code-runner[data-language="typescript"]';
    await runOnce(page, py, "pass", "status"); // let the first run (the lesson's own code) end
    const python = [];
    for (let i = 0; i < counts.runs; i++) python.push((await runOnce(page, py, 'print("hi")', "status")).endMs);
    const typescript = [];
    const hasTs = await page.evaluate((s) => document.querySelector(s) !== null, ts);
    if (hasTs) {
      await runOnce(page, ts, 'console.log("warm-up")', "status");
      for (let i = 0; i < counts.runs; i++)
        typescript.push((await runOnce(page, ts, 'console.log("hi")', "status")).endMs);
    }
    const stopLoop = [];
    const stopSleep = [];
    for (let i = 0; i < counts.stopRuns; i++) {
      stopLoop.push(await stopToReady(page, py, "while True:\n    pass", 300));
      stopSleep.push(await stopToReady(page, py, "import time\ntime.sleep(600)", 300));
      // The replaced worker's spare must be up before the next round, as it would be after a learner reads the output.
      // Killing the worker used up the spare; give the new spare time to load, as a learner reading would.
      await runOnce(page, py, 'print("again")', "status");
      await page.waitForTimeout(counts.spareWaitMs);
    }
    return { python, typescript, stopLoop, stopSleep };
  } finally {
    await context.close();
  }
}
