import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION, type RunRequest, type WorkerResponse } from "../../src/runners/protocol.ts";

// The real worker entry, in a real thread: Node strips the types itself, and a
// small adapter gives it the `postMessage`/`addEventListener` of a worker scope.
const entry = new URL("../../src/runners/typescript/typescript.worker.ts", import.meta.url).href;
const bootstrap = `
const { parentPort } = require("node:worker_threads");
const scope = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: (_type, listener) => parentPort.on("message", (data) => listener({ data })),
};
import(${JSON.stringify(entry)}).then((module) => module.serveTypeScriptWorker(scope));
`;

let worker: Worker | undefined;
afterEach(async () => {
  await worker?.terminate();
});

/** Starts a worker and returns a function that sends a message and collects replies until `until` matches. */
function start(): (message: unknown, until: (reply: WorkerResponse) => boolean) => Promise<WorkerResponse[]> {
  const thread = new Worker(bootstrap, { eval: true });
  worker = thread;
  return (message, until) =>
    new Promise((resolve, reject) => {
      const replies: WorkerResponse[] = [];
      const onMessage = (reply: WorkerResponse): void => {
        replies.push(reply);
        if (!until(reply)) return;
        thread.off("message", onMessage);
        resolve(replies);
      };
      thread.on("message", onMessage);
      thread.once("error", reject);
      thread.postMessage(message);
    });
}

const request = (code: string): RunRequest => ({ code, filename: "main.ts", clock: "virtual", timeLimitMs: 10_000 });
const isDone = (reply: WorkerResponse): boolean => reply.type === "done" || reply.type === "fatal";

describe("typescript.worker", () => {
  it("answers init with ready, then streams output and ends with one done", async () => {
    const send = start();
    const [ready] = await send({ v: PROTOCOL_VERSION, id: 1, type: "init", assetBase: "/" }, () => true);
    expect(ready).toMatchObject({ type: "ready", id: 1, features: { stackSwitching: false, interrupt: false } });
    const replies = await send(
      { v: PROTOCOL_VERSION, id: 2, type: "run", request: request('console.log("hi");\nconsole.error("err");') },
      isDone,
    );
    expect(replies.map((reply) => [reply.type, reply.type === "output" ? reply.line.text : reply.id])).toEqual([
      ["output", "hi"],
      ["output", "err"],
      ["done", 2],
    ]);
    expect(replies.at(-1)).toMatchObject({ result: { status: "ok" } });
  });

  it("ends the run with the learner's error on an unhandled rejection", async () => {
    const send = start();
    const code =
      'async function fail(): Promise<void> {\n  throw new TypeError("nobody awaited me");\n}\nfail();\nsetTimeout(() => console.log("too late"), 1000);';
    const replies = await send({ v: PROTOCOL_VERSION, id: 3, type: "run", request: request(code) }, isDone);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      type: "done",
      result: { status: "error", error: { type: "TypeError", message: "nobody awaited me", line: 2 } },
    });
  });

  it("refuses a second program and unrecognised messages", async () => {
    const send = start();
    await send({ v: PROTOCOL_VERSION, id: 4, type: "run", request: request("1;") }, isDone);
    const [again] = await send({ v: PROTOCOL_VERSION, id: 5, type: "run", request: request("1;") }, isDone);
    expect(again).toMatchObject({ type: "fatal", id: 5 });
    const [bad] = await send({ v: 99, id: 6, type: "run" }, isDone);
    expect(bad).toMatchObject({ type: "fatal", id: 6 });
  });
});
