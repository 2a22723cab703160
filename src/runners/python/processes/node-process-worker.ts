/**
 * Entry of a process worker under Node (worker_threads): loads Pyodide from
 * the npm package and runs the processes the root sends. Started by
 * `createNodeProcessTable` in node-host.ts, never imported.
 */
import { parentPort } from "node:worker_threads";
import { createPythonEngine } from "../python-engine.ts";
import { loadNodePyodide } from "../node-host.ts";
import { createProcessWorkerService } from "./process-child.ts";
import { isRootMessage, type ProcessMessage } from "./process-protocol.ts";

const port = parentPort;
if (port === null) throw new Error("node-process-worker.ts runs only as a worker thread");
const service = createProcessWorkerService((message: ProcessMessage) => {
  port.postMessage(message);
});
port.on("message", (message: unknown) => {
  if (isRootMessage(message)) service.receive(message);
});
service.serve(loadNodePyodide().then((pyodide) => createPythonEngine(pyodide, { processKernel: service.kernel })));
