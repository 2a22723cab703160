/**
 * Runs programs under the reference CPython (`python3`, or `$FAITHFUL_PYTHON`)
 * exactly as a learner would: `python3 NN-name.py` from the program's folder.
 */
import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import type { Transcript } from "./normalise.ts";

/** The interpreter the suite compares against. */
export const PYTHON = process.env.FAITHFUL_PYTHON ?? "python3";

export interface CPythonRun extends Transcript {
  /** Set when CPython itself did not finish within the program's timeout. */
  timedOut: boolean;
}

/** The reference interpreter's (major, minor) version. */
export function cpythonVersion(): [number, number] {
  const text = execFileSync(PYTHON, ["-c", "import sys; print(*sys.version_info[:2])"], { encoding: "utf8" });
  const [major = NaN, minor = NaN] = text.trim().split(" ").map(Number);
  if (!Number.isInteger(major) || !Number.isInteger(minor)) {
    throw new Error(`Could not read the version of ${PYTHON}: it printed "${text.trim()}".`);
  }
  return [major, minor];
}

function cleanEnvironment(): NodeJS.ProcessEnv {
  // Unbuffered, so that what a hung program printed before it was killed is not lost.
  // Settings from the caller's shell (PYTHONWARNINGS, PYTHONSTARTUP, …) would change the output.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PYTHON")));
  return { ...env, PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1" };
}

/** Runs one program and resolves with what it printed and its exit code (never rejects for a failing program). */
export function runCPython(file: string, timeoutSeconds: number): Promise<CPythonRun> {
  return new Promise((resolve, reject) => {
    execFile(
      PYTHON,
      [path.basename(file)],
      { cwd: path.dirname(file), env: cleanEnvironment(), timeout: timeoutSeconds * 1000, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number" && !error.killed) {
          reject(new Error(`Could not start ${PYTHON} for ${file}: ${error.message}`));
          return;
        }
        const exitCode = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ stdout, stderr, exitCode, timedOut: error?.killed === true });
      },
    );
  });
}

/** Runs `tasks` with at most `limit` in flight, memoising each by key. */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}
