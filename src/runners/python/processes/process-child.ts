/**
 * The process-worker side: a worker that loaded Python runs one process at a
 * time for the root, and reaches the process table through messages.
 */
import type { OutputLine, OutputStream } from "../../protocol.ts";
import { processExit, terminalWrite } from "./kernel.ts";
import { ProcessKernel, type KernelLink } from "./process-kernel.ts";
import type { KernelEntry, ProcessMessage, RootMessage, SpawnRequest } from "./process-protocol.ts";

type StartMessage = Extract<RootMessage, { type: "start" }>;

/** What a process worker needs of its Python engine. */
export interface ProcessEngine {
  runProcess(start: StartMessage, onOutput: (line: OutputLine) => void): Promise<number>;
}

/** A KernelLink that asks the root, by message, for what only the root knows. */
class RootLink implements KernelLink {
  private readonly lookups = new Map<number, Array<(entry: KernelEntry | null) => void>>();
  private readonly post: (message: ProcessMessage) => void;

  constructor(post: (message: ProcessMessage) => void) {
    this.post = post;
  }

  register(handle: number, entry: KernelEntry): void {
    this.post({ type: "register", handle, entry });
  }

  lookup(handle: number): Promise<KernelEntry | null> {
    return new Promise((resolve) => {
      const waiting = this.lookups.get(handle);
      if (waiting) waiting.push(resolve);
      else {
        this.lookups.set(handle, [resolve]);
        this.post({ type: "lookup", handle });
      }
    });
  }

  answer(handle: number, entry: KernelEntry | null): void {
    const waiting = this.lookups.get(handle) ?? [];
    this.lookups.delete(handle);
    for (const resolve of waiting) resolve(entry);
  }

  spawn(request: SpawnRequest): void {
    this.post({ type: "spawn", spawn: request });
  }

  signal(pid: number, signal: number): void {
    this.post({ type: "signal", pid, signal });
  }
}

export interface ProcessWorkerService {
  /** The kernel to hand to the engine as its `_pcr_kernel`. */
  kernel: ProcessKernel;
  /** Starts serving once the engine exists; reports readiness (or failure) to the root. */
  serve(engine: Promise<ProcessEngine>): void;
  /** Feeds a message from the root. */
  receive(message: RootMessage): void;
}

/** Serves RootMessages in a process worker; `post` sends to the root. */
export function createProcessWorkerService(post: (message: ProcessMessage) => void): ProcessWorkerService {
  const link = new RootLink(post);
  const kernel = new ProcessKernel(link);
  let engine: Promise<ProcessEngine> | undefined;
  let queue: Promise<void> = Promise.resolve();

  function write(pid: number, stream: OutputStream, text: string): void {
    const terminal = kernel.terminal;
    if (terminal && terminalWrite(terminal, stream === "stderr" ? 1 : 0, text)) return;
    post({ type: "output", pid, stream, text });
  }

  async function start(message: StartMessage): Promise<void> {
    if (engine === undefined) throw new Error("a process arrived before the worker's engine");
    const ready = await engine;
    const { spawn } = message;
    let exitcode = 1;
    try {
      exitcode = await ready.runProcess(message, (line) => {
        write(spawn.pid, line.stream, line.text);
      });
    } catch (error) {
      write(spawn.pid, "stderr", `Process ${spawn.name} failed to run: ${String(error)}`);
    }
    const status = message.objects.find(([handle]) => handle === spawn.status);
    if (status) processExit(status[1].buffer, exitcode);
    post({ type: "exited", pid: spawn.pid, status: spawn.status, exitcode });
  }

  return {
    kernel,
    serve(loading) {
      engine = loading;
      loading.then(
        () => {
          post({ type: "worker-ready" });
        },
        (error: unknown) => {
          post({ type: "worker-failed", message: error instanceof Error ? error.message : String(error) });
        },
      );
    },
    receive(message) {
      switch (message.type) {
        case "attach":
          kernel.configure(message);
          return;
        case "object":
          link.answer(message.handle, message.entry);
          return;
        case "start":
          queue = queue.then(() => start(message));
          return;
      }
    },
  };
}
