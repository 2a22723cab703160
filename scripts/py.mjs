#!/usr/bin/env node
/**
 * Runs a Python file on the course's own runtime, the way `python FILE.py`
 * would: same stdout, stderr and exit code. It loads exactly the Python
 * support code the browser uses.
 *
 *   npm run py -- [--seed N] [--clock real|virtual] [--trace OUT.json] FILE.py [ARGS…]
 *
 * `--trace OUT.json` writes the run's thread trace as Chrome trace-event JSON
 * (open it in ui.perfetto.dev or chrome://tracing).
 */
import { readFile, writeFile } from "node:fs/promises";
import { registerHooks } from "node:module";
import path from "node:path";

import { load, resolve } from "../src/runners/node/raw-import-hooks.mjs";

registerHooks({ resolve, load });

const USAGE = "usage: npm run py -- [--seed N] [--clock real|virtual] [--trace OUT.json] FILE.py [ARGS…]";

/** Parses the options that come before the file name; everything after it belongs to the program. */
export function parseArguments(args) {
  const options = { clock: "real", seed: undefined, trace: undefined, file: undefined, argv: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (options.file !== undefined) {
      options.argv.push(arg);
    } else if (arg === "--seed" || arg === "--clock" || arg === "--trace") {
      const value = args[(index += 1)];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      if (arg === "--trace") {
        options.trace = value;
      } else if (arg === "--seed") {
        if (!/^\d+$/.test(value)) throw new Error(`--seed expects a whole number, found "${value}"`);
        options.seed = Number(value);
      } else {
        if (value !== "real" && value !== "virtual")
          throw new Error(`--clock expects real or virtual, found "${value}"`);
        options.clock = value;
      }
    } else if (arg === "-h" || arg === "--help") {
      options.help = true;
    } else if (arg.startsWith("--")) {
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    } else {
      options.file = arg;
    }
  }
  return options;
}

/** The process exit code CPython would use for this result. */
export function exitCode(result) {
  switch (result.status) {
    case "ok":
      return 0;
    case "stopped":
      return 130;
    case "error":
      if (result.error?.type === "SystemExit") {
        const code = Number(result.error.message);
        return Number.isInteger(code) ? code & 0xff : 1;
      }
      return 1;
    default:
      return 1;
  }
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (options.help || options.file === undefined) {
    (options.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return options.help ? 0 : 2;
  }
  let code;
  try {
    code = await readFile(options.file, "utf8");
  } catch (error) {
    process.stderr.write(`python: can't open file '${options.file}': ${error.code ?? error.message}\n`);
    return 2;
  }
  const { createNodePythonEngine } = await import("../src/runners/python/node-host.ts");
  const { engine, dispose } = await createNodePythonEngine({ enforceTimeLimit: false });
  // Ctrl+C interrupts the program as it would interrupt CPython.
  process.on("SIGINT", () => engine.interrupt());
  const request = {
    code,
    filename: path.basename(options.file),
    clock: options.clock,
    timeLimitMs: 2 ** 31 - 1,
    argv: options.argv,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    // Read by the Python runner (request.get("trace")); the engine returns it as result.trace.
    ...(options.trace === undefined ? {} : { trace: true }),
  };
  const result = await engine.run(request, (line) => {
    (line.stream === "stdout" ? process.stdout : process.stderr).write(`${line.text}\n`);
  });
  await dispose();
  if (options.trace !== undefined) {
    if (typeof result.trace !== "string") {
      process.stderr.write("py: this engine returned no trace (it needs the runner's trace support)\n");
      return 2;
    }
    try {
      await writeFile(options.trace, result.trace);
    } catch (error) {
      process.stderr.write(`py: can't write trace '${options.trace}': ${error.code ?? error.message}\n`);
      return 2;
    }
  }
  return exitCode(result);
}

if (import.meta.main) {
  process.exitCode = await main();
}
