/**
 * The root worker's process table: it starts process workers, hands each new
 * process to an idle one, keeps the registry of kernel objects that any
 * process may map, forwards children's output into the run's, and kills what
 * is left when the run ends. Workers outlive processes: an idle one takes the
 * next process (a fresh interpreter state, as after a real spawn) without
 * paying Python's start-up again.
 */
import type { OutputStream } from "../../protocol.ts";
import { allocateCounters, allocateTerminal, processExit, processExitcode, terminalDrain } from "./kernel.ts";
import { ProcessKernel, releaseProcessSlot, type KernelLink, type KernelSettings } from "./process-kernel.ts";
import type {
  KernelEntry,
  ProcessMessage,
  ProcessWorker,
  ProcessWorkerFactory,
  ProgramFiles,
  RootMessage,
  SpawnRequest,
} from "./process-protocol.ts";

export interface ProcessTableOptions {
  factory: ProcessWorkerFactory;
  /** What `os.cpu_count()` reports: the device's cores. */
  cpuCount: number;
  /** Processes alive at once, the root's children and theirs together; each worker costs 65–85 MiB. Default 8. */
  maxProcesses?: number;
  /** Largest Pool or ProcessPoolExecutor; bigger ones are cut to it with a warning. Default: the cores, at least 2. */
  poolLimit?: number;
  /** Workers kept loaded when no process needs them, for the next process or run. */
  idleWorkers?: number;
}

/** First pid handed out; runs and processes count up from here. */
const FIRST_PID = 1000;
const SIGKILL = 9;

interface HostedWorker {
  worker: ProcessWorker;
  ready: boolean;
  pending: RootMessage[];
  /** The process it runs, if any. */
  pid: number | null;
}

interface RunningProcess {
  host: HostedWorker;
  status: SharedArrayBuffer;
  /** Handles never repeat (pids start over each run), so this tells one run's process from another's. */
  statusHandle: number;
  name: string;
}

type OutputSink = (stream: OutputStream, text: string) => void;

export class ProcessTable implements KernelLink {
  /** The root process's own view of the kernel (the `_pcr_kernel` of the root interpreter). */
  readonly kernel: ProcessKernel;
  readonly settings: KernelSettings;
  private readonly registry = new Map<number, KernelEntry>();
  private readonly lookups = new Map<number, Array<(entry: KernelEntry) => void>>();
  private readonly running = new Map<number, RunningProcess>();
  private readonly idle: HostedWorker[] = [];
  private readonly idleLimit: number;
  private program: ProgramFiles | undefined;
  private output: OutputSink | undefined;
  private rootStatus: number | undefined;
  private readonly options: ProcessTableOptions;

  constructor(options: ProcessTableOptions) {
    this.options = options;
    const cpuCount = Math.max(1, Math.floor(options.cpuCount));
    this.settings = {
      counters: allocateCounters(FIRST_PID),
      cpuCount,
      maxProcesses: options.maxProcesses ?? 8,
      poolLimit: 0,
      terminal: allocateTerminal(),
    };
    this.settings.poolLimit = options.poolLimit ?? Math.min(Math.max(2, cpuCount), this.settings.maxProcesses);
    this.idleLimit = options.idleWorkers ?? Math.min(cpuCount, this.settings.maxProcesses);
    this.kernel = new ProcessKernel(this);
    this.kernel.configure(this.settings);
    this.kernel.drainTerminal = () => {
      this.drainOutput();
    };
  }

  /** Workers alive now, busy or idle (for tests and benchmarks). */
  get workerCount(): number {
    return this.running.size + this.idle.length;
  }

  /** Starts a run of `program` in the root: a new pid, a fresh registry; children's output goes to `output`. */
  beginRun(program: ProgramFiles, output: OutputSink): void {
    this.endRun();
    this.program = program;
    this.output = output;
    // Every run is a fresh process tree: pids start over, so a seeded run is the same run.
    const pid = FIRST_PID;
    Atomics.store(new Int32Array(this.settings.counters), 0, FIRST_PID + 1);
    this.kernel.become({ pid, ppid: 1, status: 0 });
    this.rootStatus = this.kernel.create("process");
    this.kernel.become({ pid, ppid: 1, status: this.rootStatus }, this.kernel.entries());
  }

  /** Shows what children have printed so far; the root calls it before each line of its own. */
  drainOutput(): void {
    for (const [stream, text] of terminalDrain(this.settings.terminal)) {
      this.output?.(stream === 1 ? "stderr" : "stdout", text);
    }
  }

  /** Kills every process still alive (CPython's own exit has joined or terminated them by now). */
  endRun(): void {
    this.drainOutput();
    for (const [pid, { host, status }] of [...this.running]) {
      // Ended, but its worker's last message is still on the way: the worker can be reused.
      if (processExitcode(status) !== null) this.exited(host, pid);
      else this.kill(pid, -SIGKILL);
    }
    if (this.rootStatus !== undefined) {
      const entry = this.registry.get(this.rootStatus);
      if (entry) processExit(entry.buffer, 0);
    }
    this.rootStatus = undefined;
    this.registry.clear();
    this.lookups.clear();
    this.program = undefined;
    this.output = undefined;
  }

  /** Terminates every worker, idle ones included. */
  dispose(): void {
    this.endRun();
    for (const host of this.idle.splice(0)) host.worker.terminate();
  }

  // -- KernelLink -----------------------------------------------------

  register(handle: number, entry: KernelEntry): void {
    this.registry.set(handle, entry);
    const waiting = this.lookups.get(handle);
    if (waiting === undefined) return;
    this.lookups.delete(handle);
    for (const resolve of waiting) resolve(entry);
  }

  lookup(handle: number): Promise<KernelEntry | null> {
    const entry = this.registry.get(handle);
    if (entry !== undefined) return Promise.resolve(entry);
    // Registered by a process whose message has not arrived yet.
    return new Promise((resolve) => {
      const waiting = this.lookups.get(handle) ?? [];
      waiting.push(resolve);
      this.lookups.set(handle, waiting);
    });
  }

  spawn(request: SpawnRequest): void {
    const status = this.registry.get(request.status);
    if (this.program === undefined || status === undefined) {
      releaseProcessSlot(this.settings.counters);
      return;
    }
    const host = this.idle.pop() ?? this.startWorker();
    host.pid = request.pid;
    this.running.set(request.pid, { host, status: status.buffer, statusHandle: request.status, name: request.name });
    this.send(host, { type: "start", spawn: request, program: this.program, objects: [...this.registry] });
  }

  signal(pid: number, signal: number): void {
    this.kill(pid, -signal);
  }

  // -- workers ----------------------------------------------------------

  private startWorker(): HostedWorker {
    const host: HostedWorker = { worker: this.options.factory(), ready: false, pending: [], pid: null };
    host.worker.onMessage((message) => {
      this.receive(host, message);
    });
    host.worker.onError((message) => {
      this.workerFailed(host, message);
    });
    host.worker.post({ type: "attach", ...this.settings });
    return host;
  }

  private send(host: HostedWorker, message: RootMessage): void {
    if (host.ready) host.worker.post(message);
    else host.pending.push(message);
  }

  private receive(host: HostedWorker, message: ProcessMessage): void {
    switch (message.type) {
      case "worker-ready":
        host.ready = true;
        for (const pending of host.pending.splice(0)) host.worker.post(pending);
        return;
      case "worker-failed":
        this.workerFailed(host, message.message);
        return;
      case "register":
        this.register(message.handle, message.entry);
        return;
      case "lookup":
        void this.lookup(message.handle).then((entry) => {
          host.worker.post({ type: "object", handle: message.handle, entry });
        });
        return;
      case "spawn":
        this.spawn(message.spawn);
        return;
      case "signal":
        this.signal(message.pid, message.signal);
        return;
      case "output":
        // Only when the terminal was full; output of a process that has ended belongs to an earlier run.
        if (host.pid === message.pid) this.output?.(message.stream, message.text);
        return;
      case "exited":
        // A late message about a process of an earlier run, whose pid may have been given out again, changes nothing.
        if (this.running.get(message.pid)?.statusHandle === message.status) this.exited(host, message.pid);
        return;
    }
  }

  private exited(host: HostedWorker, pid: number): void {
    if (this.running.get(pid)?.host !== host) return;
    // The worker finishes its process (and sends its last output) before it takes the next one.
    this.running.delete(pid);
    releaseProcessSlot(this.settings.counters);
    host.pid = null;
    if (this.idle.length < this.idleLimit) this.idle.push(host);
    else host.worker.terminate();
  }

  private kill(pid: number, exitcode: number): void {
    const process = this.running.get(pid);
    if (process === undefined) return;
    this.running.delete(pid);
    process.host.worker.terminate();
    processExit(process.status, exitcode);
    releaseProcessSlot(this.settings.counters);
  }

  private workerFailed(host: HostedWorker, message: string): void {
    const index = this.idle.indexOf(host);
    if (index >= 0) this.idle.splice(index, 1);
    if (host.pid === null) {
      host.worker.terminate();
      return;
    }
    const process = this.running.get(host.pid);
    this.output?.("stderr", `Process ${process?.name ?? host.pid} could not run: ${message}`);
    this.kill(host.pid, 1);
  }
}
