/**
 * Messages between the root Python worker (the one running the learner's
 * program) and the process workers it starts. Unions keyed on `type`, like
 * the page protocol; they never leave the worker tree.
 */
import type { OutputStream } from "../../protocol.ts";
import type { KernelObjectKind } from "./kernel.ts";

/** A kernel object as it travels between workers: the buffer is shared, not copied. */
export interface KernelEntry {
  kind: KernelObjectKind;
  buffer: SharedArrayBuffer;
}

/** What a parent's Popen asks for: a new process running the pickled Process object. */
export interface SpawnRequest {
  pid: number;
  ppid: number;
  /** Handle of the new process's status object (its sentinel). */
  status: number;
  /** Handle of the parent's status object (the child's `parent_process()` sentinel). */
  parentStatus: number;
  name: string;
  /** Pickled preparation data and Process object, as CPython's spawn writes them. */
  payload: Uint8Array;
}

/** The program a process tree runs: every process can import the same files. */
export interface ProgramFiles {
  code: string;
  filename: string;
  /** Importable modules by name (support files; `learner` in graded runs). */
  support: Record<string, string>;
  argv: string[];
  clock: "real" | "virtual";
  /** The run's seed, or null for an unseeded (fresh random) run. */
  seed: number | null;
}

/** Root → process worker. */
export type RootMessage =
  | {
      type: "attach";
      counters: SharedArrayBuffer;
      cpuCount: number;
      maxProcesses: number;
      poolLimit: number;
      terminal: SharedArrayBuffer;
    }
  | { type: "start"; spawn: SpawnRequest; program: ProgramFiles; objects: Array<[number, KernelEntry]> }
  | { type: "object"; handle: number; entry: KernelEntry | null };

/** Process worker → root. */
export type ProcessMessage =
  | { type: "worker-ready" }
  | { type: "worker-failed"; message: string }
  | { type: "register"; handle: number; entry: KernelEntry }
  | { type: "lookup"; handle: number }
  | { type: "spawn"; spawn: SpawnRequest }
  | { type: "signal"; pid: number; signal: number }
  | { type: "output"; pid: number; stream: OutputStream; text: string }
  | { type: "exited"; pid: number; status: number; exitcode: number };

const ROOT_TYPES = new Set(["attach", "start", "object"]);
const PROCESS_TYPES = new Set([
  "worker-ready",
  "worker-failed",
  "register",
  "lookup",
  "spawn",
  "signal",
  "output",
  "exited",
]);

function typeOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
}

export function isRootMessage(value: unknown): value is RootMessage {
  const type = typeOf(value);
  return typeof type === "string" && ROOT_TYPES.has(type);
}

export function isProcessMessage(value: unknown): value is ProcessMessage {
  const type = typeOf(value);
  return typeof type === "string" && PROCESS_TYPES.has(type);
}

/** One end of a worker that hosts processes, whatever kind of worker it is. */
export interface ProcessWorker {
  post(message: RootMessage): void;
  onMessage(listener: (message: ProcessMessage) => void): void;
  /** Called when the worker dies without saying so (an error event). */
  onError(listener: (message: string) => void): void;
  terminate(): void;
}

/** Starts a worker that loads Python and then serves RootMessages. */
export type ProcessWorkerFactory = () => ProcessWorker;
