import { beforeAll, describe, expect, test } from "vitest";
import { PROTOCOL_VERSION, type WorkerResponse } from "../../src/runners/protocol.ts";
import { loadNodePyodide } from "../../src/runners/python/node-host.ts";
import { servePythonWorker } from "../../src/runners/python/python-worker-serve.ts";

/** A worker scope in this thread: messages in through `send`, replies collected. */
function fakeWorker() {
  const replies: WorkerResponse[] = [];
  const waiters: (() => void)[] = [];
  let listener: ((event: { data: unknown }) => void) | undefined;
  const assetBases: string[] = [];
  servePythonWorker(
    {
      postMessage: (message) => {
        replies.push(message);
        for (const wake of waiters.splice(0)) wake();
      },
      addEventListener: (_type, listen) => {
        listener = listen;
      },
    },
    (assetBase) => {
      assetBases.push(assetBase);
      return loadNodePyodide();
    },
  );
  /** Sends `data` and resolves with the replies up to the first one that `until` accepts. */
  const send = async (data: unknown, until: (reply: WorkerResponse) => boolean): Promise<WorkerResponse[]> => {
    const from = replies.length;
    listener?.({ data });
    for (;;) {
      const end = replies.slice(from).findIndex(until);
      if (end !== -1) return replies.slice(from, from + end + 1);
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { send, assetBases };
}

const ended = (reply: WorkerResponse) => reply.type === "done" || reply.type === "fatal";
const run = (id: number, code: string) => ({
  v: PROTOCOL_VERSION,
  id,
  type: "run",
  request: { code, filename: "main.py", clock: "virtual", timeLimitMs: 10_000 },
});

let worker: ReturnType<typeof fakeWorker>;

beforeAll(async () => {
  worker = fakeWorker();
  const buffer = new SharedArrayBuffer(4);
  const [ready] = await worker.send(
    { v: PROTOCOL_VERSION, id: 1, type: "init", assetBase: "/course/", interruptBuffer: buffer },
    () => true,
  );
  expect(ready).toMatchObject({ type: "ready", id: 1, features: { interrupt: true } });
});

describe("python worker", () => {
  test("init loads Pyodide once, for the asset base it was given", () => {
    expect(worker.assetBases).toEqual(["/course/"]);
  });

  test("a run streams output and ends with exactly one done", async () => {
    const replies = await worker.send(run(2, "import sys\nprint('hi')\nprint('oops', file=sys.stderr)"), ended);
    expect(
      replies.map((reply) =>
        reply.type === "output" ? [reply.id, reply.line.stream, reply.line.text] : [reply.id, reply.type],
      ),
    ).toEqual([
      [2, "stdout", "hi"],
      [2, "stderr", "oops"],
      [2, "done"],
    ]);
    expect(replies.at(-1)).toMatchObject({ result: { status: "ok" } });
  });

  test("a learner's error is an ordinary done, not fatal", async () => {
    const replies = await worker.send(run(3, "1 / 0"), ended);
    expect(replies.at(-1)).toMatchObject({
      type: "done",
      id: 3,
      result: { status: "error", error: { type: "ZeroDivisionError" } },
    });
  });

  test("an invalid run request or message is reported as fatal", async () => {
    const bad = { ...run(4, ""), request: { code: 1 } };
    const [fatal] = await worker.send(bad, ended);
    expect(fatal).toMatchObject({
      type: "fatal",
      id: 4,
      message: expect.stringMatching(/`code` must be a string/) as unknown,
    });
    const [unknown] = await worker.send({ hello: "there" }, ended);
    expect(unknown).toMatchObject({ type: "fatal", id: -1 });
  });

  test("a run before init is fatal", async () => {
    const fresh = fakeWorker();
    const [fatal] = await fresh.send(run(9, "print(1)"), ended);
    expect(fatal).toMatchObject({ type: "fatal", id: 9, message: expect.stringMatching(/before `init`/) as unknown });
  });
});
