import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { parseArguments } from "../../scripts/py.mjs";

const run = promisify(execFile);

describe("npm run py -- --trace", () => {
  it("takes the trace file before the program, leaving the program's own arguments alone", () => {
    const options = parseArguments(["--trace", "out.json", "--seed", "3", "prog.py", "--trace", "x"]);
    expect(options).toMatchObject({ trace: "out.json", seed: 3, file: "prog.py", argv: ["--trace", "x"] });
  });

  it("asks for the file name when it is missing", () => {
    expect(() => parseArguments(["--trace"])).toThrow(/--trace needs a value/);
  });

  it("leaves tracing off unless asked", () => {
    expect(parseArguments(["prog.py"]).trace).toBeUndefined();
  });

  it("writes the run's threads as Chrome trace-event JSON", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pc-trace-"));
    const program = path.join(dir, "prog.py");
    const out = path.join(dir, "trace.json");
    writeFileSync(
      program,
      "import threading, time\nlock = threading.Lock()\ndef work():\n    with lock:\n        time.sleep(0.01)\n" +
        "ts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint('done')\n",
    );
    const { stdout } = await run(process.execPath, ["scripts/py.mjs", "--clock", "virtual", "--trace", out, program]);
    expect(stdout).toBe("done\n");
    const trace = JSON.parse(readFileSync(out, "utf8")) as { traceEvents: { ph: string; tid: number }[] };
    const runningThreads = new Set(trace.traceEvents.filter((event) => event.ph === "X").map((event) => event.tid));
    expect(runningThreads.size).toBe(3);
  });
});
