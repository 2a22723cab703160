/**
 * Runs a program on our runtime the way `npm run py` does, and turns the
 * result into the same transcript shape as a CPython run.
 */
import type { ClockMode } from "../../../src/runners/protocol.ts";
import type { PythonEngine } from "../../../src/runners/python/python-engine.ts";
import { exitCode } from "../../../scripts/py.mjs";
import type { Transcript } from "./normalise.ts";

const toExitCode = exitCode as (result: { status: string; error?: { type: string; message: string } }) => number;

export interface RuntimeRun extends Transcript {
  /** `timeout`, `stopped`, `crashed` or `hung`: the run did not end the way a finished CPython run does. */
  note?: string;
  /** The time limit did not stop the run (a suspended await ignores the interrupt): the engine is still busy. */
  hung?: boolean;
}

/** Where the runtime writes the program (WORKDIR in pcr_runner.py); children show this path in tracebacks. */
export const RUNTIME_WORKDIR = "/home/pyodide";

/** How long past its time limit a run may take to stop before the engine counts as hung. */
const GRACE_MS = 3000;

/** Runs `code` as the file `filename` on `clock`, ending it after `timeoutSeconds` of wall time. */
export async function runOnRuntime(
  engine: PythonEngine,
  code: string,
  filename: string,
  clock: ClockMode,
  timeoutSeconds: number,
): Promise<RuntimeRun> {
  const out: Record<"stdout" | "stderr", string[]> = { stdout: [], stderr: [] };
  const running = engine.run({ code, filename, clock, timeLimitMs: timeoutSeconds * 1000 }, (line) => {
    out[line.stream].push(`${line.text}\n`);
  });
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, timeoutSeconds * 1000 + GRACE_MS, undefined);
  });
  const result = await Promise.race([running, hung]).finally(() => clearTimeout(timer));
  if (result === undefined) {
    const note = `hung: the ${timeoutSeconds} s time limit did not stop the run`;
    return { stdout: out.stdout.join(""), stderr: out.stderr.join(""), exitCode: -1, note, hung: true };
  }
  const run: RuntimeRun = { stdout: out.stdout.join(""), stderr: out.stderr.join(""), exitCode: toExitCode(result) };
  if (result.status === "timeout" || result.status === "crashed" || result.status === "stopped") {
    run.note = `${result.status}: ${result.note ?? ""}`;
  }
  return run;
}
