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
 * It also writes a memory snapshot of a freshly started interpreter
 * (SNAPSHOT_FILE, gzipped): restoring it in the browser skips Python's own
 * start-up, which is most of the time to a first output. The worker falls
 * back to a normal start when the file is missing or unusable.
 *
 * Usage: node scripts/copy-pyodide.mjs [--force]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** What `loadPyodide()` fetches (the .map keeps devtools from a 404). */
export const RUNTIME_FILES = [
  "pyodide.mjs",
  "pyodide.mjs.map",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

/** The snapshot's name under the runtime folder; src/runners/python/python.worker.ts fetches it. */
export const SNAPSHOT_FILE = "pyodide-snapshot.bin.gz";

/**
 * Standard modules the runner imports at start-up, imported before the
 * snapshot so restoring it brings them along. Only pure, stateless modules:
 * `random` would freeze one seed into every page load, and anything touching
 * `_thread` must wait for the course's green threads.
 */
const SNAPSHOT_IMPORTS = "ast, inspect, json, linecache, traceback, types, warnings, importlib.util, importlib.abc, re";

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

/**
 * Writes `SNAPSHOT_FILE` into `targetDir` unless its stamp matches. The
 * snapshot records whether JSPI was on (Pyodide patches `time.sleep` for it at
 * start-up), so it is made only where JSPI exists, as in the browsers that use
 * it; elsewhere any old snapshot is removed and the worker starts normally.
 * @param {{ sourceDir: string, targetDir: string, force?: boolean }} options
 * @returns {Promise<{ made: boolean, bytes: number, reason?: string }>}
 */
export async function makeSnapshot({ sourceDir, targetDir, force = false }) {
  const file = path.join(targetDir, SNAPSHOT_FILE);
  const stampFile = path.join(targetDir, ".snapshot-stamp.json");
  if (!("Suspending" in WebAssembly)) {
    rmSync(file, { force: true });
    rmSync(stampFile, { force: true });
    return { made: false, bytes: 0, reason: `Node ${process.version} has no WebAssembly JSPI` };
  }
  const wasm = statSync(path.join(sourceDir, "pyodide.asm.wasm"));
  const stdlib = statSync(path.join(sourceDir, "python_stdlib.zip"));
  const version = JSON.parse(readFileSync(path.join(sourceDir, "package.json"), "utf8")).version;
  const stamp = JSON.stringify({ version, wasm: wasm.size, stdlib: stdlib.size, imports: SNAPSHOT_IMPORTS });
  if (!force && existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    return { made: false, bytes: statSync(file).size };
  }
  const { loadPyodide } = await import(pathToFileURL(path.join(sourceDir, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: `${sourceDir}${path.sep}`, _makeSnapshot: true });
  pyodide.runPython(`import ${SNAPSHOT_IMPORTS}`);
  const gz = gzipSync(pyodide.makeMemorySnapshot(), { level: 6 });
  mkdirSync(targetDir, { recursive: true });
  writeFileSync(file, gz);
  writeFileSync(stampFile, stamp);
  return { made: true, bytes: gz.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const dirs = {
      sourceDir: path.join(root, "node_modules", "pyodide"),
      targetDir: path.join(root, "public", "pyodide"),
      force: process.argv.includes("--force"),
    };
    const result = copyPyodide(dirs);
    const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      result.copied
        ? `copy-pyodide: copied pyodide@${result.version} (${size}) to public/pyodide/`
        : `copy-pyodide: public/pyodide/ is up to date (pyodide@${result.version})`,
    );
    const snapshot = await makeSnapshot(dirs);
    const snapSize = `${(snapshot.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      snapshot.made
        ? `copy-pyodide: wrote the start-up snapshot (${snapSize}) to public/pyodide/${SNAPSHOT_FILE}`
        : snapshot.reason
          ? `copy-pyodide: no start-up snapshot (${snapshot.reason}); Python starts without one`
          : `copy-pyodide: the start-up snapshot is up to date`,
    );
  } catch (error) {
    console.error(`copy-pyodide: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
