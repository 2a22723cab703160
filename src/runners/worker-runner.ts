import {
  PROTOCOL_VERSION,
  isWorkerResponse,
  type Language,
  type OutputListener,
  type RunHandle,
  type RunRequest,
  type RunResult,
  type RunStatus,
  type Runner,
  type RuntimeFeatures,
  type WorkerRequest,
} from "./protocol.ts";

/** The parts of `Worker` the runner needs; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: unknown) => void): void;
}

export interface WorkerRunnerOptions {
  language: Language;
  createWorker(): WorkerLike;
  /** Absolute URL of the site root; workers find their runtime files under it. */
  assetBase: string;
  /** Keep one worker for many runs (Python) or use a fresh worker per run (TypeScript). */
  reuseWorker: boolean;
  /** Interrupt through a SharedArrayBuffer before terminating (needs cross-origin isolation). */
  interruptible: boolean;
  /** How long a stop waits for the interrupt to land before it terminates the worker. */
  interruptGraceMs?: number;
  /** Called when a worker is up, with how long it took; for status lines and benchmarks. */
  onReady?(info: { startupMs: number; features: RuntimeFeatures }): void;
}

const DEFAULT_INTERRUPT_GRACE_MS = 400;
const SIGINT = 2;

interface ActiveRun {
  id: number;
  onOutput: OutputListener;
  startedAt: number;
  settle(result: RunResult): void;
}

/**
 * One worker and its lifecycle: started ahead of use, able to run a program,
 * and replaced when it is terminated or dies.
 */
class ManagedWorker {
  readonly ready: Promise<RuntimeFeatures>;
  readonly interruptFlag: Int32Array | undefined;
  private active: ActiveRun | undefined;
  private dead = false;
  private readonly worker: WorkerLike;
  private started = false;
  private rejectReady: (reason: Error) => void = () => {};

  constructor(
    private readonly options: WorkerRunnerOptions,
    private readonly onDeath: (worker: ManagedWorker, everReady: boolean) => void,
  ) {
    this.worker = options.createWorker();
    const shared = options.interruptible && canShareMemory() ? new SharedArrayBuffer(4) : undefined;
    this.interruptFlag = shared ? new Int32Array(shared) : undefined;
    this.ready = new Promise<RuntimeFeatures>((resolve, reject) => {
      this.rejectReady = reject;
      this.worker.addEventListener("message", ({ data }) => {
        if (!isWorkerResponse(data)) return;
        switch (data.type) {
          case "ready":
            this.started = true;
            options.onReady?.({ startupMs: data.startupMs, features: data.features });
            resolve(data.features);
            break;
          case "output":
            if (this.active?.id === data.id) this.active.onOutput(data.line);
            break;
          case "done":
            if (this.active?.id === data.id) this.finish(data.result);
            break;
          case "fatal":
            this.die(data.message);
            break;
        }
      });
    });
    // A rejected `ready` nobody awaits yet must not surface as an unhandled rejection.
    this.ready.catch(() => {});
    const crash = (event: unknown) => this.die(describeWorkerError(event));
    this.worker.addEventListener("error", crash);
    this.worker.addEventListener("messageerror", crash);
    const init: WorkerRequest = { v: PROTOCOL_VERSION, id: 0, type: "init", assetBase: options.assetBase };
    if (shared) init.interruptBuffer = shared;
    this.worker.postMessage(init);
  }

  get isDead(): boolean {
    return this.dead;
  }

  get isBusy(): boolean {
    return this.active !== undefined;
  }

  start(run: ActiveRun, request: RunRequest): void {
    this.active = run;
    if (this.interruptFlag) Atomics.store(this.interruptFlag, 0, 0);
    this.worker.postMessage({ v: PROTOCOL_VERSION, id: run.id, type: "run", request });
  }

  /** Asks the program to stop; resolves true if it stopped without terminating the worker. */
  async interrupt(graceMs: number): Promise<boolean> {
    const run = this.active;
    if (!run || !this.interruptFlag) return false;
    Atomics.store(this.interruptFlag, 0, SIGINT);
    await new Promise((resolve) => setTimeout(resolve, graceMs));
    return this.active !== run;
  }

  /** Ends the current run with `status` and kills the worker. */
  kill(status: RunStatus, note: string): void {
    const run = this.active;
    this.dead = true;
    this.worker.terminate();
    this.rejectReady(new Error(note));
    if (run) this.finish({ status, durationMs: performance.now() - run.startedAt, note });
    this.onDeath(this, this.started);
  }

  private finish(result: RunResult): void {
    const run = this.active;
    this.active = undefined;
    run?.settle(result);
  }

  private die(message: string): void {
    if (this.dead) return;
    this.kill("crashed", `The ${this.options.language} runtime crashed (${message}) and was restarted.`);
  }
}

function canShareMemory(): boolean {
  return typeof SharedArrayBuffer === "function" && globalThis.crossOriginIsolated;
}

function describeWorkerError(event: unknown): string {
  if (typeof event === "object" && event !== null && "message" in event) {
    const { message } = event;
    if (typeof message === "string" && message) return message;
  }
  return "the worker stopped unexpectedly";
}

/**
 * The page side of a language runner. Runs never reject: stopping, timing out
 * and crashing are ordinary results.
 */
export function createWorkerRunner(options: WorkerRunnerOptions): Runner {
  const graceMs = options.interruptGraceMs ?? DEFAULT_INTERRUPT_GRACE_MS;
  let current: ManagedWorker | undefined;
  let spare: ManagedWorker | undefined;
  let nextRunId = 1;
  // Ends the run in progress at once; a new run does not wait for an interrupt.
  let supersedeCurrent: (() => void) | undefined;
  let disposed = false;
  // Workers that die before they are ready (a missing runtime file, say) are
  // not respawned in a loop; the next run tries again.
  let failedStarts = 0;

  const spawn = (): ManagedWorker =>
    new ManagedWorker(options, (dead, everReady) => {
      if (current === dead) current = undefined;
      if (spare === dead) spare = undefined;
      failedStarts = everReady ? 0 : failedStarts + 1;
      if (!disposed && failedStarts < 2) queueMicrotask(refill);
    });

  // Keeps a worker warming up for the next run and, when reusing, one in hand.
  // The spare starts only once the worker in hand is ready: two runtimes
  // starting at once on a two-core phone would each take twice as long.
  const refill = (): void => {
    if (disposed) return;
    if (options.reuseWorker && !current) current = takeSpare();
    if (spare) return;
    const inHand = options.reuseWorker ? current : undefined;
    if (inHand === undefined) {
      spare = spawn();
      return;
    }
    inHand.ready.then(
      () => {
        if (!disposed && !spare) spare = spawn();
      },
      () => {},
    );
  };

  const takeSpare = (): ManagedWorker => {
    const worker = spare ?? spawn();
    spare = undefined;
    return worker;
  };

  const acquire = (): ManagedWorker => {
    if (options.reuseWorker) {
      if (!current || current.isDead) current = takeSpare();
      const worker = current;
      refill();
      return worker;
    }
    const worker = takeSpare();
    refill();
    return worker;
  };

  function run(request: RunRequest, onOutput: OutputListener): RunHandle {
    supersedeCurrent?.();
    const worker = acquire();
    const startedAt = performance.now();
    let settled = false;
    let resolveResult: (result: RunResult) => void = () => {};
    const promise = new Promise<RunResult>((resolve) => (resolveResult = resolve));
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Why we asked the program to stop; an interrupted run reports this, not `stopped`.
    let ending: { status: RunStatus; note: string } | undefined;

    const settle = (outcome: RunResult): void => {
      if (settled) return;
      settled = true;
      const result = ending && outcome.status === "stopped" ? { ...outcome, ...ending } : outcome;
      if (timer !== undefined) clearTimeout(timer);
      if (supersedeCurrent === supersede) supersedeCurrent = undefined;
      if (!options.reuseWorker && !worker.isDead) worker.kill(result.status, "finished");
      resolveResult(result);
    };

    const end = async (status: RunStatus, note: string): Promise<void> => {
      if (settled || ending) return;
      ending = { status, note };
      if (!worker.isBusy) {
        settle({ status, durationMs: performance.now() - startedAt, note });
        return;
      }
      if (await worker.interrupt(graceMs)) return;
      // `settle` is idempotent: the worker may have finished during the grace period.
      settle({ status, durationMs: performance.now() - startedAt, note });
      if (!worker.isDead) worker.kill(status, note);
    };

    const cancel = (): void => {
      void end("stopped", "Stopped.");
    };
    const supersede = (): void => {
      if (settled) return;
      const note = "Stopped by a new run.";
      settle({ status: "stopped", durationMs: performance.now() - startedAt, note });
      // A worker still starting up is kept: the new run will use it.
      if (!worker.isDead && worker.isBusy) worker.kill("stopped", note);
    };
    supersedeCurrent = supersede;

    const activeRun: ActiveRun = { id: nextRunId++, onOutput, startedAt, settle };
    worker.ready.then(
      () => {
        if (settled) return;
        activeRun.startedAt = performance.now();
        worker.start(activeRun, request);
        timer = setTimeout(
          () => void end("timeout", `Timed out after ${formatSeconds(request.timeLimitMs)}.`),
          request.timeLimitMs,
        );
      },
      (error: unknown) => {
        settle({
          status: "crashed",
          durationMs: performance.now() - startedAt,
          note: error instanceof Error ? error.message : `The ${options.language} runtime failed to start.`,
        });
      },
    );
    return { promise, cancel };
  }

  return {
    language: options.language,
    warm: refill,
    whenReady() {
      refill();
      const next = options.reuseWorker ? current : spare;
      return next ? next.ready : Promise.reject(new Error(`The ${options.language} runtime failed to start.`));
    },
    run,
    dispose() {
      disposed = true;
      supersedeCurrent?.();
      for (const worker of [current, spare]) if (worker && !worker.isDead) worker.kill("stopped", "Disposed.");
      current = spare = undefined;
    },
  };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
