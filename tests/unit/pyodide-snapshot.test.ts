import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makeSnapshot, SNAPSHOT_FILE } from "../../scripts/copy-pyodide.mjs";
import { createPythonEngine } from "../../src/runners/python/python-engine.ts";
import { reseedAfterSnapshot } from "../../src/runners/python/python-worker-serve.ts";

const sourceDir = path.resolve(import.meta.dirname, "../../node_modules/pyodide");

describe("start-up snapshot", () => {
  it("restores an interpreter that the engine can run programs on, and is not remade while up to date", async () => {
    const targetDir = mkdtempSync(path.join(tmpdir(), "pc-snapshot-"));
    const made = (await makeSnapshot({ sourceDir, targetDir })) as { made: boolean; bytes: number };
    expect(made.made).toBe(true);
    const again = (await makeSnapshot({ sourceDir, targetDir })) as { made: boolean };
    expect(again.made).toBe(false);

    const { loadPyodide } = await import("pyodide");
    const bytes = gunzipSync(readFileSync(path.join(targetDir, SNAPSHOT_FILE as string)));
    const pyodide = await loadPyodide({ _loadSnapshot: bytes });
    const engine = await createPythonEngine(pyodide);
    const lines: string[] = [];
    const result = await engine.run(
      {
        code: "import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print('restored', 6 * 7)\nasyncio.run(main())",
        filename: "main.py",
        clock: "virtual",
        timeLimitMs: 0,
      },
      (line) => lines.push(line.text),
    );
    expect(result.status).toBe("ok");
    expect(lines).toEqual(["restored 42"]);
  });
});

describe("reseedAfterSnapshot", () => {
  it("gives two interpreters restored from one snapshot different random numbers", async () => {
    const targetDir = mkdtempSync(path.join(tmpdir(), "pc-snapshot-"));
    await makeSnapshot({ sourceDir, targetDir });
    const { loadPyodide } = await import("pyodide");
    const bytes = gunzipSync(readFileSync(path.join(targetDir, SNAPSHOT_FILE)));
    const draw = async (reseed: boolean): Promise<number> => {
      const pyodide = await loadPyodide({ _loadSnapshot: bytes });
      if (reseed) reseedAfterSnapshot(pyodide);
      return pyodide.runPython("import random\nrandom.random()") as number;
    };
    // Without the reseed both draws are equal: the snapshot holds one seed.
    expect(await draw(false)).toBe(await draw(false));
    expect(await draw(true)).not.toBe(await draw(true));
  });
});
