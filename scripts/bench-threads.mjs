#!/usr/bin/env node
/**
 * Costs of the green-thread runtime (src/runners/python/threads) in Node 24:
 * one switch, start+join of 1000 threads, a CPU loop with preemption armed
 * against one thread alone, and an uncontended lock. Run with
 * `node scripts/bench-threads.mjs` from the repository root; add `--chromium`
 * to run the same program in /usr/bin/chromium (headless, via Playwright).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import { loadPyodide } from "pyodide";
import { installThreadSources } from "../src/runners/python/threads/install-core.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sourceDir = join(root, "src/runners/python/threads/pcr_threads");
const files = Object.fromEntries(
  readdirSync(sourceDir)
    .filter((name) => name.endsWith(".py"))
    .map((name) => [name, readFileSync(join(sourceDir, name), "utf8")]),
);

// Each benchmark runs inside begin_run/finish_run on the real clock, best of `repeat`.
const program = `
import pcr_threads, threading, time, json

def timed(body, repeat):
    best = float("inf")
    for _ in range(repeat):
        pcr_threads.begin_run(mode="real", seed=1)
        try:
            best = min(best, body())
        finally:
            pcr_threads.finish_run()
    return best

def switch():
    n = 5000
    lock_a, lock_b = threading.Lock(), threading.Lock()
    sched = pcr_threads.runtime.scheduler
    def ping():
        for _ in range(n):
            time.sleep(0)
    t = threading.Thread(target=ping)
    t.start()
    before = sched.switches
    start = time.perf_counter()
    for _ in range(n):
        time.sleep(0)
    elapsed = time.perf_counter() - start
    count = sched.switches - before
    t.join()
    return elapsed / max(count, 1)

def start_join():
    start = time.perf_counter()
    threads = [threading.Thread(target=int) for _ in range(1000)]
    for t in threads: t.start()
    for t in threads: t.join()
    return time.perf_counter() - start

def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total

STEPS = 3_000_000

def cpu_alone():
    start = time.perf_counter()
    spin(STEPS)
    return time.perf_counter() - start

def cpu_armed():
    # One thread spins while a second one is alive but blocked: preemption is
    # armed and its signal fires, but there is no one to switch to.
    gate = threading.Event()
    other = threading.Thread(target=gate.wait)
    other.start()
    start = time.perf_counter()
    spin(STEPS)
    elapsed = time.perf_counter() - start
    gate.set()
    other.join()
    return elapsed

def cpu_preempted():
    # The same work split over two threads, with preemption armed throughout.
    start = time.perf_counter()
    threads = [threading.Thread(target=spin, args=(STEPS // 2,)) for _ in range(2)]
    for t in threads: t.start()
    for t in threads: t.join()
    return time.perf_counter() - start

def lock_cost():
    lock = threading.Lock()
    n = 200_000
    start = time.perf_counter()
    for _ in range(n):
        lock.acquire()
        lock.release()
    loop = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(n):
        pass
    empty = time.perf_counter() - start
    return (loop - empty) / n

alone = timed(cpu_alone, 5)
armed = timed(cpu_armed, 5)
preempted = timed(cpu_preempted, 5)
alone = min(alone, timed(cpu_alone, 5))
json.dumps({
    "switch_us": timed(switch, 3) * 1e6,
    "start_join_1000_s": timed(start_join, 3),
    "cpu_alone_s": alone,
    "cpu_preempted_s": preempted,
    "cpu_armed_s": armed,
    "cpu_slowdown": preempted / alone,
    "lock_us": timed(lock_cost, 3) * 1e6,
})
`;
const chromium = process.argv.includes("--chromium");
const result = JSON.parse(chromium ? await runInChromium() : await runInNode());
console.log(chromium ? "Chromium (/usr/bin/chromium, main thread):" : `Node ${process.version}:`);
const fmt = (value, digits) => value.toFixed(digits);
console.log(`one switch:                    ${fmt(result.switch_us, 1)} µs`);
console.log(`start+join 1000 threads:       ${fmt(result.start_join_1000_s, 3)} s`);
console.log(
  `CPU loop split over 2 preempted threads vs 1 thread: ${fmt(result.cpu_slowdown, 2)}x ` +
    `(${fmt(result.cpu_preempted_s, 3)} s vs ${fmt(result.cpu_alone_s, 3)} s)`,
);
console.log(
  `CPU loop, armed but nobody to switch to: ${fmt(result.cpu_armed_s / result.cpu_alone_s, 2)}x ` +
    `(${fmt(result.cpu_armed_s, 3)} s)`,
);
console.log(`uncontended lock acquire+release: ${fmt(result.lock_us, 2)} µs`);

async function runInNode() {
  const py = await loadPyodide();
  installThreadSources(py, files);
  return py.runPythonAsync(program);
}

/** Serves Pyodide to a headless Chromium page and runs the program there. */
async function runInChromium() {
  const { chromium: browserType } = await import("@playwright/test");
  const pyodideDir = join(root, "node_modules/pyodide");
  const types = {
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".wasm": "application/wasm",
    ".json": "application/json",
  };
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://localhost").pathname;
    if (name === "/") {
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>bench</title>");
      return;
    }
    try {
      const body = readFileSync(join(pyodideDir, name.replace(/^\/pyodide\//, "")));
      const type = types[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await browserType.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await page.evaluate(
      async ({ files, program }) => {
        const { loadPyodide } = await import("/pyodide/pyodide.mjs");
        const py = await loadPyodide({ indexURL: "/pyodide/" });
        py.FS.mkdirTree("/lib/pcr_threads");
        for (const [name, text] of Object.entries(files)) py.FS.writeFile(`/lib/pcr_threads/${name}`, text);
        py.runPython("import sys; sys.path.append('/lib'); import pcr_threads; pcr_threads.install(('<_pcr_',))");
        return py.runPythonAsync(program);
      },
      { files, program },
    );
  } finally {
    await browser.close();
    server.close();
  }
}
