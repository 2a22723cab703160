import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  PROTOCOL_VERSION,
  type RunRequest,
  type WorkerRequest,
  type WorkerResponse,
} from "../../src/runners/protocol.ts";
import { createWorkerRunner, type WorkerLike } from "../../src/runners/worker-runner.ts";

type Behaviour = "echo" | "hang" | "crash-on-run" | "fail-start" | "obey-interrupt";

/** A worker double that speaks the protocol; its behaviour decides how runs go. */
class FakeWorker implements WorkerLike {
  static created: FakeWorker[] = [];
  readonly received: WorkerRequest[] = [];
  terminated = false;
  private messageListeners: ((event: { data: unknown }) => void)[] = [];
  private errorListeners: ((event: unknown) => void)[] = [];
  private interruptFlag: Int32Array | undefined;

  constructor(private readonly behaviour: Behaviour) {
    FakeWorker.created.push(this);
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === "message") this.messageListeners.push(listener as (event: { data: unknown }) => void);
    else this.errorListeners.push(listener as (event: unknown) => void);
  }

  postMessage(message: WorkerRequest): void {
    this.received.push(message);
    queueMicrotask(() => this.handle(message));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Simulates the interrupt landing in a Python loop that polls the flag. */
  pollInterrupt(runId: number): void {
    if (this.interruptFlag && Atomics.load(this.interruptFlag, 0) === 2) {
      this.emit({ v: PROTOCOL_VERSION, id: runId, type: "done", result: { status: "stopped", durationMs: 1 } });
    }
  }

  private handle(message: WorkerRequest): void {
    if (this.terminated) return;
    if (message.type === "init") {
      if (this.behaviour === "fail-start") {
        this.errorListeners.forEach((listener) => listener({ message: "pyodide.mjs: 404" }));
        return;
      }
      if (message.interruptBuffer) this.interruptFlag = new Int32Array(message.interruptBuffer);
      this.emit({
        v: PROTOCOL_VERSION,
        id: 0,
        type: "ready",
        startupMs: 5,
        features: { stackSwitching: true, interrupt: true },
      });
      return;
    }
    const { id } = message;
    switch (this.behaviour) {
      case "echo":
        this.emit({
          v: PROTOCOL_VERSION,
          id,
          type: "output",
          line: { stream: "stdout", text: message.request.code, at: 1 },
        });
        this.emit({ v: PROTOCOL_VERSION, id, type: "done", result: { status: "ok", durationMs: 1 } });
        break;
      case "crash-on-run":
        this.emit({ v: PROTOCOL_VERSION, id, type: "fatal", message: "memory access out of bounds" });
        break;
      default:
        break; // hang / obey-interrupt: never finish by themselves
    }
  }

  emit(response: WorkerResponse): void {
    if (this.terminated) return;
    this.messageListeners.forEach((listener) => listener({ data: response }));
  }
}

const request = (code: string, timeLimitMs = 10_000): RunRequest => ({
  code,
  filename: "main.py",
  clock: "real",
  timeLimitMs,
});

function makeRunner(behaviours: Behaviour[], reuseWorker = true) {
  let index = 0;
  return createWorkerRunner({
    language: "python",
    assetBase: "http://localhost/",
    reuseWorker,
    interruptible: true,
    interruptGraceMs: 100,
    createWorker: () => new FakeWorker(behaviours[Math.min(index++, behaviours.length - 1)] ?? "echo"),
  });
}

describe("createWorkerRunner", () => {
  beforeEach(() => {
    FakeWorker.created = [];
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => vi.useRealTimers());

  it("streams output to the listener and resolves with the worker's result", async () => {
    const runner = makeRunner(["echo"]);
    const lines: string[] = [];
    const result = await runner.run(request("hello"), (line) => lines.push(line.text)).promise;
    expect(result.status).toBe("ok");
    expect(lines).toEqual(["hello"]);
  });

  it("keeps a warm spare besides the worker it reuses, started once that one is ready", async () => {
    const runner = makeRunner(["echo"]);
    runner.warm();
    // Two runtimes starting together would slow each other down.
    expect(FakeWorker.created).toHaveLength(1);
    await runner.whenReady();
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWorker.created).toHaveLength(2);
    await runner.run(request("a"), () => {}).promise;
    await runner.run(request("b"), () => {}).promise;
    const runsPerWorker = FakeWorker.created.map((worker) => worker.received.filter((m) => m.type === "run").length);
    expect(runsPerWorker).toEqual([2, 0]);
  });

  it("uses a fresh worker per run when it does not reuse them", async () => {
    const runner = makeRunner(["echo"], false);
    await runner.run(request("a"), () => {}).promise;
    await runner.run(request("b"), () => {}).promise;
    const runsPerWorker = FakeWorker.created.map((worker) => worker.received.filter((m) => m.type === "run").length);
    expect(runsPerWorker.slice(0, 2)).toEqual([1, 1]);
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });

  it("stops through the interrupt when it lands, keeping the worker", async () => {
    vi.stubGlobal("crossOriginIsolated", true);
    const runner = makeRunner(["obey-interrupt"]);
    const handle = runner.run(request("while True: pass"), () => {});
    await vi.advanceTimersByTimeAsync(0);
    handle.cancel();
    FakeWorker.created[0]?.pollInterrupt(1);
    await vi.advanceTimersByTimeAsync(100);
    expect((await handle.promise).status).toBe("stopped");
    expect(FakeWorker.created[0]?.terminated).toBe(false);
    vi.unstubAllGlobals();
  });

  it("terminates and replaces a worker the interrupt cannot reach", async () => {
    const runner = makeRunner(["hang", "echo"]);
    const handle = runner.run(request("time.sleep(60)"), () => {});
    await vi.advanceTimersByTimeAsync(0);
    handle.cancel();
    await vi.advanceTimersByTimeAsync(100);
    const result = await handle.promise;
    expect(result.status).toBe("stopped");
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    const next = await runner.run(request("again"), () => {}).promise;
    expect(next.status).toBe("ok");
  });

  it("ends a run that outlives its time limit with status timeout", async () => {
    const runner = makeRunner(["hang", "echo"]);
    const handle = runner.run(request("while True: pass", 2_000), () => {});
    await vi.advanceTimersByTimeAsync(2_000 + 100);
    const result = await handle.promise;
    expect(result.status).toBe("timeout");
    expect(result.note).toBe("Timed out after 2 s.");
  });

  it("reports a crashed worker as an ordinary result and recovers", async () => {
    const runner = makeRunner(["crash-on-run", "echo"]);
    const result = await runner.run(request("boom"), () => {}).promise;
    expect(result.status).toBe("crashed");
    expect(result.note).toContain("memory access out of bounds");
    expect((await runner.run(request("ok"), () => {}).promise).status).toBe("ok");
  });

  it("does not respawn forever when workers fail to start, and says why", async () => {
    const runner = makeRunner(["fail-start"]);
    const result = await runner.run(request("x"), () => {}).promise;
    expect(result.status).toBe("crashed");
    expect(result.note).toContain("pyodide.mjs: 404");
    await vi.advanceTimersByTimeAsync(1_000);
    const settledCount = FakeWorker.created.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeWorker.created.length).toBe(settledCount);
    expect(settledCount).toBeLessThan(5);
  });

  it("lets a new run supersede the one in progress and drops the old run's late output", async () => {
    const runner = makeRunner(["hang", "echo"]);
    const oldLines: string[] = [];
    const first = runner.run(request("slow"), (line) => oldLines.push(line.text));
    await vi.advanceTimersByTimeAsync(0);
    const second = runner.run(request("fast"), () => {});
    expect((await first.promise).status).toBe("stopped");
    expect((await second.promise).status).toBe("ok");
    FakeWorker.created[0]?.emit({
      v: PROTOCOL_VERSION,
      id: 1,
      type: "output",
      line: { stream: "stdout", text: "late", at: 9 },
    });
    expect(oldLines).toEqual([]);
  });
});

describe("whenReady", () => {
  beforeEach(() => {
    FakeWorker.created = [];
  });

  it("resolves with the features of the worker the next run will use", async () => {
    const runner = makeRunner(["echo"]);
    await expect(runner.whenReady()).resolves.toEqual({ stackSwitching: true, interrupt: true });
  });

  it("rejects with the reason when the runtime cannot start", async () => {
    const runner = makeRunner(["fail-start"]);
    await expect(runner.whenReady()).rejects.toThrow("pyodide.mjs: 404");
  });
});
