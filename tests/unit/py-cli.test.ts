import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { exitCode, parseArguments } from "../../scripts/py.mjs";

const run = promisify(execFile);

async function py(
  args: string[],
  source: string,
  nodeArgs: string[] = [],
): Promise<{ stdout: string; stderr: string; code: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "pc-py-"));
  writeFileSync(path.join(dir, "prog.py"), source);
  try {
    const { stdout, stderr } = await run(process.execPath, [
      ...nodeArgs,
      "scripts/py.mjs",
      ...args,
      path.join(dir, "prog.py"),
    ]);
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe("npm run py", () => {
  it("prints what the program prints, with CPython's traceback and exit code", async () => {
    const result = await py([], 'import sys\nprint("out")\nprint("err", file=sys.stderr)\n{}["missing"]\n');
    expect(result.stdout).toBe("out\n");
    expect(result.stderr).toBe(
      'err\nTraceback (most recent call last):\n  File "prog.py", line 4, in <module>\n    {}["missing"]\n    ~~^^^^^^^^^^^\nKeyError: \'missing\'\n',
    );
    expect(result.code).toBe(1);
  });

  it("passes arguments through sys.argv and uses the exit code of sys.exit", async () => {
    const result = await py([], "import sys\nprint(sys.argv[1:])\nsys.exit(7)\n");
    expect(result).toEqual({ stdout: "[]\n", stderr: "", code: 7 });
  });

  it("finishes sleeps at once on the virtual clock, reporting the jumped time", async () => {
    const source = "import time\nstart = time.monotonic()\ntime.sleep(30)\nprint(round(time.monotonic() - start))\n";
    expect((await py(["--clock", "virtual"], source)).stdout).toBe("30\n");
  });
});

describe("without WebAssembly stack switching", () => {
  it("still runs plain code and asyncio, and says which browsers run threads and processes", async () => {
    const source = [
      "import asyncio, multiprocessing, threading",
      "async def main():",
      "    await asyncio.gather(asyncio.sleep(0.01), asyncio.sleep(0.02))",
      "    print('asyncio ok')",
      "asyncio.run(main())",
      "try:",
      "    threading.Thread(target=print).start()",
      "except RuntimeError as error:",
      "    print(error)",
      "try:",
      "    multiprocessing.Process(target=print).start()",
      "except OSError as error:",
      "    print(error)",
    ].join("\n");
    const result = await py([], source, ["--import", "./tests/fixtures/no-jspi.mjs"]);
    expect(result.stdout).toBe(
      "asyncio ok\ncan't start new thread: threads need WebAssembly stack switching (JSPI), which this browser lacks. " +
        "It ships in Chrome and Edge 137+, Firefox 139+ and Safari 27+.\n" +
        "multiprocessing needs WebAssembly stack switching (JSPI), which this browser lacks. " +
        "It ships in Chrome and Edge 137+, Firefox 139+ and Safari 27+.\n",
    );
  });
});

describe("parseArguments", () => {
  it("reads options before the file and leaves the rest to the program", () => {
    expect(parseArguments(["--seed", "4", "--clock", "virtual", "a.py", "--seed", "x"])).toEqual({
      clock: "virtual",
      seed: 4,
      file: "a.py",
      argv: ["--seed", "x"],
    });
  });

  it("rejects bad values with a message that names them", () => {
    expect(() => parseArguments(["--clock", "fast", "a.py"])).toThrow('--clock expects real or virtual, found "fast"');
    expect(() => parseArguments(["--seed", "-1", "a.py"])).toThrow('--seed expects a whole number, found "-1"');
    expect(() => parseArguments(["--bogus"])).toThrow("unknown option --bogus");
  });

  it("maps results to CPython's exit codes", () => {
    expect(exitCode({ status: "ok" })).toBe(0);
    expect(exitCode({ status: "error", error: { type: "SystemExit", message: "3" } })).toBe(3);
    expect(exitCode({ status: "error", error: { type: "ValueError", message: "x" } })).toBe(1);
    expect(exitCode({ status: "stopped" })).toBe(130);
  });
});
