import { describe, expect, it } from "vitest";
import { processExit, processExitcode } from "../../src/runners/python/processes/kernel.ts";
import type {
  ProcessMessage,
  ProcessWorker,
  ProgramFiles,
  RootMessage,
} from "../../src/runners/python/processes/process-protocol.ts";
import { ProcessTable } from "../../src/runners/python/processes/process-table.ts";

/** A worker that records what the table sends and lets the test answer for it. */
class FakeWorker implements ProcessWorker {
  sent: RootMessage[] = [];
  terminated = false;
  private listener: ((message: ProcessMessage) => void) | undefined;
  post(message: RootMessage): void {
    this.sent.push(message);
  }
  onMessage(listener: (message: ProcessMessage) => void): void {
    this.listener = listener;
  }
  onError(): void {}
  terminate(): void {
    this.terminated = true;
  }
  say(message: ProcessMessage): void {
    this.listener?.(message);
  }
}

const program: ProgramFiles = { code: "", filename: "main.py", support: {}, argv: [], clock: "virtual", seed: null };

function startChild(table: ProcessTable): { pid: number; status: number } {
  const started = table.kernel.spawn(new Uint8Array([1]), "child");
  if (started === null) throw new Error("no slot");
  return { pid: started[0], status: started[1] };
}

describe("ProcessTable", () => {
  it("reuses a finished process's worker, and a late message from an earlier run leaves the new process alone", () => {
    const workers: FakeWorker[] = [];
    const table = new ProcessTable({
      cpuCount: 2,
      factory: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
    });
    table.beginRun(program, () => {});
    const first = startChild(table);
    const [worker] = workers;
    if (worker === undefined) throw new Error("no worker started");
    worker.say({ type: "worker-ready" });
    const start = worker.sent.find((message) => message.type === "start");
    const status = start?.type === "start" ? start.objects.find(([handle]) => handle === first.status) : undefined;
    if (!status) throw new Error("the start message lacks the child's status");
    // The child ended, but its "exited" message has not arrived when the run ends.
    processExit(status[1].buffer, 0);
    table.endRun();
    expect(worker.terminated).toBe(false);

    table.beginRun(program, () => {});
    const second = startChild(table);
    expect(workers).toHaveLength(1);
    expect(second.pid).toBe(first.pid);
    worker.say({ type: "exited", pid: first.pid, status: first.status, exitcode: 0 });
    // Still the table's running process: terminate() reaches its worker.
    table.signal(second.pid, 15);
    expect(worker.terminated).toBe(true);
    const secondStatus = table.kernel.entries().find(([handle]) => handle === second.status);
    expect(secondStatus && processExitcode(secondStatus[1].buffer)).toBe(-15);
  });
});
