#!/usr/bin/env node
/**
 * `npm run bench`: build time, dist/ sizes by part, and start-up and run
 * latencies of a lesson page against a bare-Pyodide baseline served by the
 * same server. Prints a table and the targets (PASS/MISS) and writes
 * bench-results/latest.json. A missed target never fails the command: this is
 * a benchmark, not a test.
 *
 * Usage: npm run bench -- [--build | --no-build] [--runs N] [--latency-runs N] [--stop-runs N]
 *                         [--gzip] [--page lessons/<slug>/] [--no-latency] [--headed]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { coldAndWarm, latencies, launch } from "./bench/browser.mjs";
import { kb, mb, ms, summary, table } from "./bench/report.mjs";
import { startServer } from "./bench/server.mjs";
import { measureSizes } from "./bench/sizes.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    runs: { type: "string", default: "5" },
    "latency-runs": { type: "string", default: "20" },
    "stop-runs": { type: "string", default: "3" },
    gzip: { type: "boolean", default: false },
    page: { type: "string" },
    "no-latency": { type: "boolean", default: false },
    headed: { type: "boolean", default: false },
  },
});

function positive(name) {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: --${name} must be a whole number of at least 1, got ${JSON.stringify(args[name])}`);
    process.exit(2);
  }
  return value;
}
const runs = positive("runs");
const latencyRuns = positive("latency-runs");
const stopRuns = positive("stop-runs");

/** Newest modification time under `dir` (files only), skipping generated folders. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry === "pyodide" || entry.startsWith(".")) continue;
    latest = Math.max(latest, newest(path.join(target, entry)));
  }
  return latest;
}

function needsBuild() {
  if (args.build) return "--build";
  if (args["no-build"]) return undefined;
  const built = path.join(dist, "index.html");
  if (!existsSync(built)) return "dist/ is missing";
  const sources = ["src", "public", "scripts/copy-pyodide.mjs", "astro.config.mjs", "package.json"];
  const changed = sources.find((s) => newest(path.join(root, s)) > statSync(built).mtimeMs);
  return changed ? `${changed} is newer than dist/` : undefined;
}

function build(reason) {
  console.log(`bench: building (${reason})…`);
  const started = performance.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const env = {
    ...process.env,
    PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}`,
  };
  const result = spawnSync(npm, ["run", "build"], { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.split("\n").filter((l) => !l.startsWith("npm warn"));
    console.error(output.slice(-30).join("\n"));
    console.error("bench: the build failed (above); fix it, or bench the existing dist/ without --build.");
    process.exit(1);
  }
  return performance.now() - started;
}

function firstLesson() {
  if (args.page) return args.page.replace(/^\/+/, "").replace(/\/?$/, "/");
  const lessons = path.join(dist, "lessons");
  const slug = existsSync(lessons)
    ? readdirSync(lessons)
        .filter((e) => statSync(path.join(lessons, e)).isDirectory())
        .sort()[0]
    : undefined;
  if (!slug) {
    console.error("bench: dist/lessons/ has no lesson page.");
    process.exit(1);
  }
  return `lessons/${slug}/`;
}

const reason = needsBuild();
const buildMs = reason ? build(reason) : undefined;
const lessonPath = firstLesson();
const sizes = measureSizes(dist, `${lessonPath}index.html`);

const server = await startServer({ root: dist, gzip: args.gzip });
const browser = await launch({ headless: !args.headed });
const lessonUrl = `${server.origin}/${lessonPath}`;
const baselineUrl = `${server.origin}/__baseline/`;
const startup = {
  ours: { cold: [], warm: [], coldInteractive: [], warmInteractive: [] },
  baseline: { cold: [], warm: [] },
};
let latency;
try {
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither side always meets a warmer machine.
    const order = i % 2 === 0 ? ["ours", "baseline"] : ["baseline", "ours"];
    for (const who of order) {
      const result = await coldAndWarm(browser, who === "ours" ? lessonUrl : baselineUrl);
      startup[who].cold.push(result.coldMs);
      startup[who].warm.push(result.warmMs);
      if (who === "ours") {
        startup.ours.coldInteractive.push(result.coldInteractiveMs);
        startup.ours.warmInteractive.push(result.warmInteractiveMs);
      }
      process.stdout.write(
        `bench: round ${i + 1}/${runs} ${who}: cold ${ms(result.coldMs)}, warm ${ms(result.warmMs)}\n`,
      );
    }
  }
  if (!args["no-latency"]) {
    console.log("bench: measuring run and stop latencies…");
    latency = await latencies(browser, lessonUrl, { runs: latencyRuns, stopRuns, spareWaitMs: 8000 });
  }
} finally {
  await browser.close();
  await server.close();
}

const s = {
  ours: {
    cold: summary(startup.ours.cold),
    warm: summary(startup.ours.warm),
    coldInteractive: summary(startup.ours.coldInteractive),
    warmInteractive: summary(startup.ours.warmInteractive),
  },
  baseline: { cold: summary(startup.baseline.cold), warm: summary(startup.baseline.warm) },
};
const lat = latency && {
  pythonRun: summary(latency.python),
  typescriptRun: summary(latency.typescript),
  stopLoopToReady: summary(latency.stopLoop.map((r) => r.readyMs)),
  stopSleepToReady: summary(latency.stopSleep.map((r) => r.readyMs)),
  stopLoopToStopped: summary(latency.stopLoop.map((r) => r.stoppedMs)),
  stopSleepToStopped: summary(latency.stopSleep.map((r) => r.stoppedMs)),
};

console.log(
  `\nBuild: ${buildMs === undefined ? "skipped (dist/ is up to date; --build to force)" : `${(buildMs / 1000).toFixed(1)} s`}`,
);
console.log(`\ndist/ by part (total ${mb(sizes.totalBytes)}):`);
const partNames = {
  pyodide: "Pyodide runtime",
  monaco: "Monaco (editor + workers)",
  runnerWorkers: "Runner workers (ours)",
  ownJsEager: "Own JS, eager on lessons",
  otherJs: "Own JS, other",
  css: "CSS (ours)",
  html: "HTML",
  pagefind: "Pagefind",
  other: "Other",
};
table([
  ["part", "files", "bytes", "gzip"],
  ...Object.entries(sizes.parts).map(([k, p]) => [partNames[k] ?? k, String(p.files), kb(p.bytes), kb(p.gzBytes)]),
]);
console.log(
  `Lesson page's own JS (${lessonPath}, eager, with inline scripts), gzip: ${kb(sizes.lessonPage.ownJsGzBytes)}`,
);

console.log(`\nNavigation → first Python output (${runs} rounds, median / p90):`);
table([
  ["", "ours", "baseline", "ratio"],
  [
    "cold",
    `${ms(s.ours.cold.median)} / ${ms(s.ours.cold.p90)}`,
    `${ms(s.baseline.cold.median)} / ${ms(s.baseline.cold.p90)}`,
    (s.ours.cold.median / s.baseline.cold.median).toFixed(2),
  ],
  [
    "warm",
    `${ms(s.ours.warm.median)} / ${ms(s.ours.warm.p90)}`,
    `${ms(s.baseline.warm.median)} / ${ms(s.baseline.warm.p90)}`,
    (s.ours.warm.median / s.baseline.warm.median).toFixed(2),
  ],
]);
console.log(
  `(ours: Run clickable after ${ms(s.ours.coldInteractive.median)} cold, ${ms(s.ours.warmInteractive.median)} warm)`,
);

if (lat) {
  console.log("\nLatencies on a loaded lesson page (median / p90):");
  table([
    ["measure", "n", "median", "p90"],
    ['Python run print("hi") → Finished', String(lat.pythonRun.n), ms(lat.pythonRun.median), ms(lat.pythonRun.p90)],
    [
      "TypeScript run console.log → Finished",
      String(lat.typescriptRun.n),
      ms(lat.typescriptRun.median),
      ms(lat.typescriptRun.p90),
    ],
    [
      'Stop `while True: pass` → "Stopped"',
      String(lat.stopLoopToStopped.n),
      ms(lat.stopLoopToStopped.median),
      ms(lat.stopLoopToStopped.p90),
    ],
    [
      "Stop `while True: pass` → next output",
      String(lat.stopLoopToReady.n),
      ms(lat.stopLoopToReady.median),
      ms(lat.stopLoopToReady.p90),
    ],
    [
      'Stop `time.sleep(600)` → "Stopped"',
      String(lat.stopSleepToStopped.n),
      ms(lat.stopSleepToStopped.median),
      ms(lat.stopSleepToStopped.p90),
    ],
    [
      "Stop `time.sleep(600)` → next output",
      String(lat.stopSleepToReady.n),
      ms(lat.stopSleepToReady.median),
      ms(lat.stopSleepToReady.p90),
    ],
  ]);
}

const target = (name, value, limit, unit, format) => ({
  name,
  value,
  limit,
  unit,
  pass: Number.isFinite(value) && value <= limit,
  text: `${format(value)} (target ≤ ${format(limit)})`,
});
const targets = [
  target(
    "cold first output ≤ 0.75× baseline",
    s.ours.cold.median / s.baseline.cold.median,
    0.75,
    "ratio",
    (v) => `${v.toFixed(2)}×`,
  ),
  target(
    "warm first output ≤ 0.75× baseline",
    s.ours.warm.median / s.baseline.warm.median,
    0.75,
    "ratio",
    (v) => `${v.toFixed(2)}×`,
  ),
  ...(lat
    ? [
        target("warm Python run ≤ 50 ms", lat.pythonRun.median, 50, "ms", ms),
        target("stop → ready ≤ 0.5 s (while True)", lat.stopLoopToReady.median, 500, "ms", ms),
        target("stop → ready ≤ 0.5 s (time.sleep)", lat.stopSleepToReady.median, 500, "ms", ms),
      ]
    : []),
  target(
    "lesson page own JS ≤ 100 KB gzip",
    sizes.lessonPage.ownJsGzBytes / 1024,
    100,
    "KB",
    (v) => `${v.toFixed(1)} KB`,
  ),
];
console.log("\nTargets:");
for (const t of targets) console.log(`  ${t.pass ? "PASS" : "MISS"}  ${t.name}: ${t.text}`);

const out = path.join(root, "bench-results");
mkdirSync(out, { recursive: true });
const report = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, platform: `${os.platform()} ${os.release()}`, node: process.version },
  options: { runs, latencyRuns, stopRuns, gzip: args.gzip, page: lessonPath },
  buildMs: buildMs ?? null,
  sizes,
  startup: s,
  latency: lat ?? null,
  targets,
};
writeFileSync(path.join(out, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nbench: wrote ${path.relative(root, path.join(out, "latest.json"))}`);
