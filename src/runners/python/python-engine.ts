/**
 * The environment-agnostic core of the Python runner: it drives one Pyodide
 * instance through runs, streams output line by line, and turns what the
 * Python side reports into a RunResult. The module worker and the Node tests
 * both use it.
 */
import type { PyodideInterface } from "pyodide";
import type { Observations } from "../observations.ts";
import type { OutputListener, OutputStream, RunError, RunRequest, RunResult } from "../protocol.ts";
import { interruptView, requestInterrupt, type InterruptView } from "./interrupt.ts";
import { workClockMs } from "../work-clock.ts";
import { LineSplitter } from "./line-splitter.ts";
import { PYTHON_MODULES } from "./python-sources.ts";
import { installThreads, setThreadsInterruptBuffer } from "./threads/install-threads.ts";
import { installProcesses } from "./processes/install-processes.ts";
import { ProcessKernel } from "./processes/process-kernel.ts";
import type { ProcessTable } from "./processes/process-table.ts";
import type { ProgramFiles, RootMessage } from "./processes/process-protocol.ts";

/** Enforces a wall-clock limit from outside the (blocked) thread by writing into the interrupt buffer. */
export interface Watchdog {
  /** Starts the countdown; the returned function stops it and tells whether it fired. */
  arm(ms: number): () => boolean;
}

export interface PythonEngineOptions {
  /** When given, `timeLimitMs` is enforced through the interrupt buffer (Node; the page terminates instead). */
  watchdog?: Watchdog;
  /**
   * The buffer a page (or watchdog) writes 2 into to stop a run. Given here rather than later, the
   * warm-up runs with it in place, so that the first preempted run switches exactly as later ones do.
   */
  interruptBuffer?: SharedArrayBuffer;
  /** The root's process table: learners' programs can then start processes (multiprocessing). */
  processTable?: ProcessTable;
  /** In a process worker: the kernel through which this interpreter reaches the root's table. */
  processKernel?: ProcessKernel;
}

export interface PythonEngine {
  /** WebAssembly stack switching (JSPI) is available, so waits suspend instead of busy-waiting. */
  readonly stackSwitching: boolean;
  /** Shares the buffer a page (or watchdog) writes 2 into to stop a run; `undefined` turns interrupts off. */
  setInterruptBuffer(buffer: SharedArrayBuffer | undefined): void;
  /** Writes SIGINT into the interrupt buffer if a run is in progress (e.g. from its output listener). */
  interrupt(): void;
  /** Runs one program; rejects only when the runner itself fails. One run at a time. */
  run(request: RunRequest, onOutput: OutputListener): Promise<RunResult>;
  /** In a process worker: runs one spawned process to its end; resolves with its exit code. */
  runProcess(start: Extract<RootMessage, { type: "start" }>, onOutput: OutputListener): Promise<number>;
}

interface PythonOutcome {
  status: "ok" | "error" | "stopped";
  trace?: string;
  error?: RunError;
  harnessError?: RunError;
  observations?: Observations;
}

/** The slice of a Pyodide function proxy that the engine uses. */
interface PyFunction {
  (...args: unknown[]): unknown;
  callPromising(...args: unknown[]): Promise<unknown>;
  destroy(): void;
}

const INSTALLER = `
def _pcr_install(name, source):
    import sys, types
    module = types.ModuleType(name)
    module.__file__ = "<" + name + ">"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)
_pcr_install
`;

// Runs every path once at start-up (asyncio, the harness, a traceback), so the
// learner's first run neither pays for first-time imports nor sees them on its clock.
const WARM_UP: RunRequest[] = [
  {
    code: "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    return 1",
    filename: "main.py",
    clock: "virtual",
    timeLimitMs: 0,
    harness: {
      code: "async def check(learner, grader):\n    grader.value('v', await grader.measure('t', learner.main()))\n    grader.event('e')\n    await grader.attempt('a', learner.main)",
      support: { warm: "X = 1" },
    },
  },
  {
    code: "import warm\ndef f():\n    1 / 0\nf()",
    filename: "main.py",
    clock: "virtual",
    timeLimitMs: 0,
    harness: { code: "", support: { warm: "X = 1" } },
  },
];

/** Whether this JavaScript engine offers JSPI in either of the forms Pyodide accepts. */
export function hasStackSwitching(): boolean {
  return "Suspending" in WebAssembly || "Suspender" in WebAssembly;
}

function checkRequest(request: RunRequest): void {
  // Requests arrive from another thread: trust nothing the types promise.
  const fields = request as unknown as Record<string, unknown>;
  const harness = fields.harness as Record<string, unknown> | undefined;
  const problems: string[] = [];
  if (typeof fields.code !== "string") problems.push("`code` must be a string");
  if (typeof fields.filename !== "string") problems.push("`filename` must be a string");
  if (fields.clock !== "real" && fields.clock !== "virtual") problems.push('`clock` must be "real" or "virtual"');
  if (typeof fields.timeLimitMs !== "number") problems.push("`timeLimitMs` must be a number");
  if (fields.trace !== undefined && typeof fields.trace !== "boolean") problems.push("`trace` must be a boolean");
  if (harness !== undefined && (typeof harness !== "object" || typeof harness.code !== "string")) {
    problems.push("`harness.code` must be a string");
  }
  if (problems.length > 0) throw new TypeError(`Invalid run request: ${problems.join("; ")}.`);
}

function cleanError(error: RunError | undefined): RunError | undefined {
  if (error === undefined) return undefined;
  const { type, message, traceback, line } = error;
  return typeof line === "number" ? { type, message, traceback, line } : { type, message, traceback };
}

function toResult(outcome: PythonOutcome, durationMs: number, limitFired: boolean, limitMs: number): RunResult {
  if (outcome.status === "stopped") {
    return limitFired
      ? { status: "timeout", durationMs, note: `Stopped after the time limit of ${limitMs / 1000} s.` }
      : { status: "stopped", durationMs, note: "Stopped." };
  }
  const result: RunResult = { status: outcome.status, durationMs };
  const error = cleanError(outcome.error);
  const harnessError = cleanError(outcome.harnessError);
  if (error) result.error = error;
  if (harnessError) result.harnessError = harnessError;
  if (outcome.observations) result.observations = outcome.observations;
  if (typeof outcome.trace === "string") result.trace = outcome.trace;
  return result;
}

/** What every process of a run needs to import the learner's program. */
function programFiles(request: RunRequest): ProgramFiles {
  const support = { ...(request.support ?? {}), ...(request.harness?.support ?? {}) };
  // A graded run imports the learner's file as `learner`; its children must be able to as well.
  if (request.harness) support["learner"] = request.code;
  return {
    code: request.code,
    filename: request.filename,
    support,
    argv: request.argv ?? [],
    clock: request.clock,
    seed: request.seed ?? null,
  };
}

/** Prepares a loaded Pyodide for runs: installs the runner's Python modules and output routing, then warms up. */
export async function createPythonEngine(
  pyodide: PyodideInterface,
  options: PythonEngineOptions = {},
): Promise<PythonEngine> {
  const stackSwitching = hasStackSwitching();
  let view: InterruptView | undefined;
  let sinks: Record<OutputStream, LineSplitter> | undefined;
  let busy = false;

  pyodide.setStdout({ write: (bytes: Uint8Array) => (sinks?.stdout.write(bytes), bytes.length) });
  pyodide.setStderr({ write: (bytes: Uint8Array) => (sinks?.stderr.write(bytes), bytes.length) });
  // There is no keyboard behind a run: input() ends at once with EOFError.
  pyodide.setStdin({ stdin: () => null });
  const workMs = workClockMs();
  pyodide.registerJsModule("_pcr_host", {
    // What computation costs on the virtual clock: this thread's CPU time where the host knows it.
    workSeconds: () => workMs() / 1000,
    sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    // Raises KeyboardInterrupt in the calling Python code when a stop was requested.
    checkInterrupt: () => pyodide.checkInterrupt(),
    // Before a traceback, so that a half-printed line (an input() prompt) comes first.
    flushOutput: () => {
      sinks?.stdout.flush();
      sinks?.stderr.flush();
    },
  });
  const processKernel = options.processTable?.kernel ?? options.processKernel ?? new ProcessKernel(undefined);
  pyodide.registerJsModule("_pcr_kernel", processKernel.module());
  // Green threads first: the runner's modules then see the stdlib already on them.
  installThreads(pyodide);
  installProcesses(pyodide);
  const install = pyodide.runPython(INSTALLER) as PyFunction;
  for (const [name, source] of PYTHON_MODULES) install(name, source);
  install.destroy();
  pyodide.runPython("del _pcr_install");
  const runPython = pyodide.runPython("__import__('_pcr_runner').run") as PyFunction;
  const runProcessPython = pyodide.runPython("__import__('_pcr_runner').run_process") as PyFunction;
  const callRunner = async (payload: string): Promise<unknown> =>
    // Entering Python through callPromising lets run_sync suspend it (JSPI).
    stackSwitching ? await runPython.callPromising(payload) : runPython(payload);
  const setInterruptBuffer = (buffer: SharedArrayBuffer | undefined): void => {
    view = buffer ? interruptView(buffer) : undefined;
    // Pyodide documents setInterruptBuffer(undefined) as "interrupts off"; its type omits that.
    pyodide.setInterruptBuffer(view as Int32Array);
    // While several threads are alive the runtime swaps in its own buffer, which passes stops on from this one.
    setThreadsInterruptBuffer(pyodide, view);
  };
  if (options.interruptBuffer) setInterruptBuffer(options.interruptBuffer);
  for (const request of WARM_UP) await callRunner(JSON.stringify(request));

  return {
    stackSwitching,
    setInterruptBuffer,
    interrupt() {
      // Only a running program can be stopped; between runs there is nothing to stop.
      if (view && busy) requestInterrupt(view);
    },
    async run(request, onOutput) {
      checkRequest(request);
      if (busy) throw new Error("The Python engine is already running a program; wait for its result first.");
      busy = true;
      const started = performance.now();
      const table = options.processTable;
      const line = (stream: OutputStream) => (text: string) => {
        // Children's lines printed before this one come first, as on a shared terminal.
        table?.drainOutput();
        onOutput({ stream, text, at: performance.now() - started });
      };
      sinks = { stdout: new LineSplitter(line("stdout")), stderr: new LineSplitter(line("stderr")) };
      const limited = view !== undefined && request.timeLimitMs > 0 && Number.isFinite(request.timeLimitMs);
      const disarm = limited ? options.watchdog?.arm(request.timeLimitMs) : undefined;
      let raw: unknown;
      let limitFired: boolean;
      table?.beginRun(programFiles(request), (stream, text) => {
        onOutput({ stream, text, at: performance.now() - started });
      });
      try {
        raw = await callRunner(JSON.stringify(request));
      } finally {
        // The root's last partial lines, then whatever children printed.
        sinks.stdout.flush();
        sinks.stderr.flush();
        table?.endRun();
        limitFired = disarm?.() ?? false;
        // A stop that landed as the program ended must not end the next run. The
        // page clears the flag before each run too; clearing it here, not at the
        // start, keeps a stop sent right after `run` from being lost.
        if (view) Atomics.store(view, 0, 0);
        sinks.stdout.flush();
        sinks.stderr.flush();
        sinks = undefined;
        busy = false;
      }
      if (typeof raw !== "string") throw new Error("The Python runner returned no result.");
      return toResult(JSON.parse(raw) as PythonOutcome, performance.now() - started, limitFired, request.timeLimitMs);
    },
    async runProcess(start, onOutput) {
      if (busy) throw new Error("The Python engine is already running a program; wait for its result first.");
      if (!stackSwitching) throw new Error("processes need WebAssembly stack switching (JSPI)");
      busy = true;
      const started = performance.now();
      const line = (stream: OutputStream) => (text: string) =>
        onOutput({ stream, text, at: performance.now() - started });
      sinks = { stdout: new LineSplitter(line("stdout")), stderr: new LineSplitter(line("stderr")) };
      const { spawn, program } = start;
      processKernel.become({ pid: spawn.pid, ppid: spawn.ppid, status: spawn.status }, start.objects);
      // Each child draws its own numbers, as a fresh CPython process does; seeded runs stay reproducible.
      const seed = program.seed === null ? null : program.seed + spawn.pid;
      const request = { ...program, seed, parentStatus: spawn.parentStatus };
      try {
        const raw = await runProcessPython.callPromising(JSON.stringify(request), spawn.payload);
        return typeof raw === "number" ? raw : 1;
      } finally {
        sinks.stdout.flush();
        sinks.stderr.flush();
        sinks = undefined;
        busy = false;
      }
    },
  };
}
