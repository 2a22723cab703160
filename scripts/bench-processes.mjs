#!/usr/bin/env node
/**
 * Costs of processes (src/runners/python/processes) in Node 24: start-up of a
 * process worker (cold, then reused), memory per worker, and the speed-up of
 * a CPU-bound pool of 2 over a pool of 1. Run from the repository root:
 * `node scripts/bench-processes.mjs [--rounds N]`. Prints figures and the
 * target (pool speed-up of at least 1.8x on 2 cores); never fails on a miss.
 */
import { registerHooks } from "node:module";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { load, resolve } from "../src/runners/node/raw-import-hooks.mjs";

registerHooks({ resolve, load });
const { createNodePythonEngine } = await import("../src/runners/python/node-host.ts");

const { values: args } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const rounds = Math.max(1, Number(args.rounds) || 3);

const { engine, processTable, dispose } = await createNodePythonEngine();

async function run(code) {
  const lines = [];
  const result = await engine.run({ code, filename: "bench.py", clock: "real", timeLimitMs: 0 }, (line) => {
    lines.push(line.text);
  });
  if (result.status !== "ok") throw new Error(`benchmark program failed: ${lines.join("\n")}`);
  return lines;
}

const startOne = `
import multiprocessing, time
def nothing(): pass
if __name__ == "__main__":
    started = time.perf_counter()
    p = multiprocessing.Process(target=nothing); p.start(); p.join()
    print(time.perf_counter() - started)
`;

const divisors = (processes) => `
import multiprocessing, time
def count(n):
    return sum(1 for d in range(1, n + 1) if n % d == 0)
if __name__ == "__main__":
    numbers = [1_500_000 + i for i in range(8)]
    with multiprocessing.Pool(${processes}) as pool:
        pool.map(abs, range(${processes * 4}))  # every worker started and warm
        started = time.perf_counter()
        pool.map(count, numbers, chunksize=1)
        print(time.perf_counter() - started)
`;

const rss = () => process.memoryUsage().rss / 2 ** 20;

const before = rss();
const cold = Number((await run(startOne))[0]);
const afterOne = rss();
const warm = [];
for (let i = 0; i < rounds; i++) warm.push(Number((await run(startOne))[0]));

const one = [];
const two = [];
for (let i = 0; i < rounds; i++) {
  one.push(Number((await run(divisors(1)))[0]));
  two.push(Number((await run(divisors(2)))[0]));
}
const workers = processTable?.workerCount ?? 0;
const afterPool = rss();
await dispose();

const best = (values) => Math.min(...values);
const speedup = best(one) / best(two);
const fmt = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
console.log(`cores: ${availableParallelism()}`);
console.log(`process start-up, cold worker (Pyodide loads): ${fmt(cold)}`);
console.log(`process start-up, reused worker: ${fmt(best(warm))} (best of ${rounds})`);
console.log(`memory of the first worker: ${(afterOne - before).toFixed(0)} MiB RSS`);
console.log(`memory with ${workers} workers alive: ${(afterPool - before).toFixed(0)} MiB RSS over the root alone`);
console.log(`CPU-bound pool: 1 process ${fmt(best(one))}, 2 processes ${fmt(best(two))}: ${speedup.toFixed(2)}x`);
console.log(`target: 2-process pool at least 1.8x faster than 1 — ${speedup >= 1.8 ? "PASS" : "MISS"}`);
process.exit(0);
