#!/usr/bin/env node
/**
 * Copies the Pyodide runtime from node_modules/pyodide into public/pyodide/
 * (gitignored), so the site serves it from its own origin: no CDN, works
 * offline, and stays same-origin for cross-origin isolation.
 *
 * Skips the copy when public/pyodide/.stamp.json records the same Pyodide
 * version and the same size and mtime for every file. Exit code 1 with a
 * clear message when the package is missing.
 *
 * Usage: node scripts/copy-pyodide.mjs [--force]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What `loadPyodide()` fetches (the .map keeps devtools from a 404). */
export const RUNTIME_FILES = [
  "pyodide.mjs",
  "pyodide.mjs.map",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Copies the runtime from `sourceDir` to `targetDir` unless it is up to date.
 * @param {{ sourceDir: string, targetDir: string, force?: boolean }} options
 * @returns {{ copied: boolean, version: string, bytes: number }}
 */
export function copyPyodide({ sourceDir, targetDir, force = false }) {
  const packageJson = path.join(sourceDir, "package.json");
  if (!existsSync(packageJson)) {
    throw new Error(
      `Pyodide is not installed: ${path.relative(root, packageJson)} does not exist. Run \`npm ci\` (pyodide is a devDependency).`,
    );
  }
  const version = JSON.parse(readFileSync(packageJson, "utf8")).version;
  const missing = RUNTIME_FILES.filter((name) => !existsSync(path.join(sourceDir, name)));
  if (missing.length > 0) {
    throw new Error(`pyodide@${version} in ${sourceDir} lacks ${missing.join(", ")}; reinstall it with \`npm ci\`.`);
  }
  const files = Object.fromEntries(
    RUNTIME_FILES.map((name) => {
      const stat = statSync(path.join(sourceDir, name));
      return [name, { size: stat.size, mtimeMs: Math.trunc(stat.mtimeMs) }];
    }),
  );
  const stamp = { version, files };
  const stampFile = path.join(targetDir, ".stamp.json");
  const bytes = Object.values(files).reduce((sum, f) => sum + f.size, 0);
  if (!force && isUpToDate(stampFile, targetDir, stamp)) return { copied: false, version, bytes };
  mkdirSync(targetDir, { recursive: true });
  for (const name of RUNTIME_FILES) copyFileSync(path.join(sourceDir, name), path.join(targetDir, name));
  writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return { copied: true, version, bytes };
}

function isUpToDate(stampFile, targetDir, stamp) {
  if (!existsSync(stampFile)) return false;
  try {
    const previous = JSON.parse(readFileSync(stampFile, "utf8"));
    if (JSON.stringify(previous) !== JSON.stringify(stamp)) return false;
  } catch {
    return false;
  }
  // A deleted or truncated copy must be replaced even when the stamp matches.
  return RUNTIME_FILES.every((name) => {
    const target = path.join(targetDir, name);
    return existsSync(target) && statSync(target).size === stamp.files[name].size;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const result = copyPyodide({
      sourceDir: path.join(root, "node_modules", "pyodide"),
      targetDir: path.join(root, "public", "pyodide"),
      force: process.argv.includes("--force"),
    });
    const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      result.copied
        ? `copy-pyodide: copied pyodide@${result.version} (${size}) to public/pyodide/`
        : `copy-pyodide: public/pyodide/ is up to date (pyodide@${result.version})`,
    );
  } catch (error) {
    console.error(`copy-pyodide: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
