import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyPyodide as copy, RUNTIME_FILES as files } from "../../scripts/copy-pyodide.mjs";

function fakePackage(): { sourceDir: string; targetDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), "pc-pyodide-"));
  const sourceDir = path.join(root, "node_modules", "pyodide");
  mkdirSync(sourceDir, { recursive: true });
  writeFileSync(path.join(sourceDir, "package.json"), JSON.stringify({ version: "314.0.7" }));
  for (const name of files) writeFileSync(path.join(sourceDir, name), `contents of ${name}`);
  return { sourceDir, targetDir: path.join(root, "public", "pyodide") };
}

describe("copyPyodide", () => {
  it("copies the runtime files, then skips while they are up to date", () => {
    const dirs = fakePackage();
    expect(copy(dirs)).toMatchObject({ copied: true, version: "314.0.7" });
    for (const name of files) expect(readFileSync(path.join(dirs.targetDir, name), "utf8")).toBe(`contents of ${name}`);
    expect(copy(dirs).copied).toBe(false);
  });

  it("copies again when a copied file has gone", () => {
    const dirs = fakePackage();
    copy(dirs);
    rmSync(path.join(dirs.targetDir, "pyodide.asm.wasm"));
    expect(copy(dirs).copied).toBe(true);
    expect(existsSync(path.join(dirs.targetDir, "pyodide.asm.wasm"))).toBe(true);
  });

  it("copies again when the source changes", () => {
    const dirs = fakePackage();
    copy(dirs);
    writeFileSync(path.join(dirs.sourceDir, "python_stdlib.zip"), "a newer, longer standard library");
    expect(copy(dirs).copied).toBe(true);
    expect(readFileSync(path.join(dirs.targetDir, "python_stdlib.zip"), "utf8")).toBe(
      "a newer, longer standard library",
    );
  });

  it("says how to fix a missing package", () => {
    const dirs = fakePackage();
    rmSync(dirs.sourceDir, { recursive: true });
    expect(() => copy(dirs)).toThrow(/Pyodide is not installed: .* does not exist\. Run `npm ci`/);
  });

  it("names runtime files missing from the package", () => {
    const dirs = fakePackage();
    rmSync(path.join(dirs.sourceDir, "python_stdlib.zip"));
    expect(() => copy(dirs)).toThrow("lacks python_stdlib.zip");
  });
});
