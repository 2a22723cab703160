/**
 * The one typed protocol between the page and every runner worker.
 * Requests and responses are unions keyed on `type`; each carries the
 * protocol version and the id of the run it belongs to.
 */
import type { Observations } from "./observations.ts";

export const PROTOCOL_VERSION = 1;

export type Language = "python" | "typescript";

/** `real` follows the wall clock; `virtual` makes sleeps and timers finish at once (grading). */
export type ClockMode = "real" | "virtual";

export type OutputStream = "stdout" | "stderr";

export interface OutputLine {
  stream: OutputStream;
  text: string;
  /** Milliseconds since the run started (wall clock). */
  at: number;
}

/** Code that checks the learner's program; runs in the same worker, after it. */
export interface HarnessSpec {
  code: string;
  /** Extra modules the learner's code and the harness may import, by module name. */
  support: Record<string, string>;
}

export interface RunRequest {
  code: string;
  /** Name shown in tracebacks and error messages, e.g. `main.py`. */
  filename: string;
  clock: ClockMode;
  /** Wall-clock limit; the run ends with status `timeout` after it. */
  timeLimitMs: number;
  harness?: HarnessSpec;
  /** Modules the learner's code may import in a plain run (an exercise's support files), by module name. */
  support?: Record<string, string>;
  /** Command-line arguments after the file name (`sys.argv[1:]`); none by default. */
  argv?: string[];
  /** Seed for any runtime decisions that must be reproducible. */
  seed?: number;
  /** Python: record a trace of the run's threads, returned as `RunResult.trace`. */
  trace?: boolean;
}

export type RunStatus = "ok" | "error" | "timeout" | "stopped" | "crashed";

export interface RunError {
  /** Exception or error class name, e.g. `ZeroDivisionError` or `SyntaxError`. */
  type: string;
  message: string;
  /** Learner-facing traceback: only frames from the learner's file(s). */
  traceback: string;
  /** 1-based line in the learner's file, when known. */
  line?: number;
}

export interface RunResult {
  status: RunStatus;
  durationMs: number;
  error?: RunError;
  /** Present when a harness ran to completion. */
  observations?: Observations;
  /** Present when the harness itself failed (an exercise bug, not a learner error). */
  harnessError?: RunError;
  /** Human-readable note for `timeout`, `stopped` and `crashed`. */
  note?: string;
  /** Chrome trace-event JSON of the run's threads, when the request asked for one. */
  trace?: string;
}

interface Envelope {
  v: typeof PROTOCOL_VERSION;
  id: number;
}

/** Page → worker. */
export type WorkerRequest =
  | (Envelope & { type: "init"; assetBase: string; interruptBuffer?: SharedArrayBuffer })
  | (Envelope & { type: "run"; request: RunRequest });

/** Worker → page. */
export type WorkerResponse =
  | (Envelope & { type: "ready"; startupMs: number; features: RuntimeFeatures })
  | (Envelope & { type: "output"; line: OutputLine })
  | (Envelope & { type: "done"; result: RunResult })
  | (Envelope & { type: "fatal"; message: string });

export interface RuntimeFeatures {
  /** WebAssembly stack switching (JSPI) is available. */
  stackSwitching: boolean;
  /** The page is cross-origin isolated, so the interrupt buffer works. */
  interrupt: boolean;
}

/** What every runner returns for a run: a result promise and a way to stop it. */
export interface RunHandle {
  promise: Promise<RunResult>;
  cancel(): void;
}

export type OutputListener = (line: OutputLine) => void;

/** The page-side interface of a language runner. */
export interface Runner {
  readonly language: Language;
  /** Starts loading the runtime ahead of the first run. Safe to call repeatedly. */
  warm(): void;
  /** Resolves when a worker is ready for the next run; rejects if it failed to start. */
  whenReady(): Promise<RuntimeFeatures>;
  run(request: RunRequest, onOutput: OutputListener): RunHandle;
  dispose(): void;
}

export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { v?: unknown; type?: unknown; id?: unknown };
  return (
    record.v === PROTOCOL_VERSION &&
    typeof record.id === "number" &&
    (record.type === "ready" || record.type === "output" || record.type === "done" || record.type === "fatal")
  );
}

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { v?: unknown; type?: unknown; id?: unknown };
  return (
    record.v === PROTOCOL_VERSION && typeof record.id === "number" && (record.type === "init" || record.type === "run")
  );
}
