/**
 * The faithfulness suite: every program under `programs/` must print the same
 * stdout and stderr and end with the same exit code on our runtime (both
 * clocks) as under CPython, after the normalisations its header declares.
 * Programs listed in `known-gaps.txt` are expected to fail until the gap closes.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodePythonEngine } from "../../src/runners/python/node-host.ts";
import type { PythonEngine } from "../../src/runners/python/python-engine.ts";
import { createLimiter, cpythonVersion, PYTHON, runCPython, type CPythonRun } from "./lib/cpython.ts";
import { isBelow, parseDirectives } from "./lib/directives.ts";
import { gapFor, parseKnownGaps } from "./lib/known-gaps.ts";
import { normalise } from "./lib/normalise.ts";
import { RUNTIME_WORKDIR, runOnRuntime } from "./lib/runtime.ts";

const ROOT = path.join(import.meta.dirname, "programs");
const programs = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((area) =>
    readdirSync(path.join(ROOT, area.name))
      .filter((name) => name.endsWith(".py"))
      .map((name) => `${area.name}/${name}`),
  )
  .sort();
const gaps = parseKnownGaps(readFileSync(path.join(import.meta.dirname, "known-gaps.txt"), "utf8"), new Set(programs));
const version = cpythonVersion();
// CPython runs are real-time; a few at once keep the suite short without starving timing-sensitive programs.
const limit = createLimiter(3);
const cpythonRuns = new Map<string, Promise<CPythonRun>>();

let engine: PythonEngine;
const disposers: (() => Promise<void>)[] = [];

async function freshEngine(): Promise<void> {
  const created = await createNodePythonEngine({ enforceTimeLimit: true });
  engine = created.engine;
  disposers.push(created.dispose);
}

beforeAll(freshEngine);
afterAll(async () => {
  await Promise.all(disposers.map((dispose) => dispose()));
});

function cpython(program: string, timeoutSeconds: number): Promise<CPythonRun> {
  let run = cpythonRuns.get(program);
  if (!run) {
    run = limit(() => runCPython(path.join(ROOT, program), timeoutSeconds));
    cpythonRuns.set(program, run);
  }
  return run;
}

for (const program of programs) {
  const file = path.join(ROOT, program);
  const code = readFileSync(file, "utf8");
  const directives = parseDirectives(code, program);
  const basename = path.basename(program);
  // Start every CPython run now: they overlap with the runtime's runs.
  const skip = directives.skipBelow && isBelow(version, directives.skipBelow.version);
  if (!skip) void cpython(program, directives.timeoutSeconds).catch(() => {});

  describe(program, () => {
    for (const clock of directives.clocks) {
      const gap = gapFor(gaps, program, clock);
      const title = `${clock} clock${gap ? ` (known gap: ${gap})` : ""}`;
      if (skip) {
        it.skip(`${title} — needs CPython ${directives.skipBelow?.version.join(".")}: ${directives.skipBelow?.reason}`);
        continue;
      }
      (gap ? it.fails : it)(title, async () => {
        const reference = await cpython(program, directives.timeoutSeconds);
        const { hangs, timeoutSeconds } = directives;
        expect(
          reference.timedOut,
          `${PYTHON} ${hangs ? "finished" : "did not finish"} ${program} in ${timeoutSeconds} s`,
        ).toBe(hangs);
        const actual = await runOnRuntime(engine, code, basename, clock, timeoutSeconds);
        // A run the time limit could not stop keeps its engine busy for good: later programs need a new one.
        if (actual.hung) await freshEngine();
        const options = { directives, basename, olderThan313: isBelow(version, [3, 13]) };
        const expected = normalise(reference, { ...options, absolutePath: file });
        // Spawned children import the program from the runtime's working directory, as CPython's do from theirs.
        const ours = { ...options, absolutePath: `${RUNTIME_WORKDIR}/${basename}` };
        if (hangs) {
          expect(actual.note, "the runtime should still be running at the timeout").toMatch(/^(timeout|hung)/);
          expect(normalise(actual, ours).stdout).toEqual(expected.stdout);
          return;
        }
        expect(actual.note, "the runtime did not finish the program").toBeUndefined();
        expect(normalise(actual, ours)).toEqual(expected);
      });
    }
  });
}
