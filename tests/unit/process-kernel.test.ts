import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import * as kernel from "../../src/runners/python/processes/kernel.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("kernel pipes", () => {
  it("delivers bytes in order across the end of the ring", () => {
    const pipe = kernel.allocate("pipe");
    const chunk = new Uint8Array(kernel.PIPE_CAPACITY - 3).fill(7);
    expect(kernel.pipeWrite(pipe, chunk)).toBe(chunk.length);
    expect(kernel.pipeRead(pipe, chunk.length)).toHaveLength(chunk.length);
    // The next message starts three bytes before the end of the ring and wraps.
    expect(kernel.pipeWrite(pipe, bytes(1, 2, 3, 4, 5, 6))).toBe(6);
    expect([...kernel.pipeRead(pipe, 4)]).toEqual([1, 2, 3, 4]);
    expect([...kernel.pipeRead(pipe, 10)]).toEqual([5, 6]);
    expect(kernel.pipeRead(pipe, 10)).toHaveLength(0);
  });

  it("takes only what fits, like a full OS pipe, and frees space as the reader reads", () => {
    const pipe = kernel.allocate("pipe");
    const big = new Uint8Array(kernel.PIPE_CAPACITY + 100);
    expect(kernel.pipeWrite(pipe, big)).toBe(kernel.PIPE_CAPACITY);
    expect(kernel.pipeWrite(pipe, bytes(1))).toBe(0);
    kernel.pipeRead(pipe, 100);
    expect(kernel.pipeWrite(pipe, big.subarray(kernel.PIPE_CAPACITY))).toBe(100);
    expect(kernel.pipeUsed(pipe)).toBe(kernel.PIPE_CAPACITY);
  });

  it("counts open ends, and a writer lock admits one owner at a time", () => {
    const pipe = kernel.allocate("pipe");
    expect(kernel.pipeEnds(pipe, 2, 1)).toEqual([2, 1]);
    expect(kernel.pipeEnds(pipe, -1, 0)).toEqual([1, 1]);
    expect(kernel.pipeTryLock(pipe, 0, 1001)).toBe(true);
    expect(kernel.pipeTryLock(pipe, 0, 1002)).toBe(false);
    expect(kernel.pipeTryLock(pipe, 1, 1002)).toBe(true);
    kernel.pipeUnlock(pipe, 0);
    expect(kernel.pipeTryLock(pipe, 0, 1002)).toBe(true);
  });
});

describe("kernel semaphores, memory and process status", () => {
  it("never goes below zero or above its maximum", () => {
    const semaphore = kernel.allocate("semaphore");
    kernel.semaphoreInit(semaphore, 1);
    expect(kernel.semaphoreTryAcquire(semaphore)).toBe(true);
    expect(kernel.semaphoreTryAcquire(semaphore)).toBe(false);
    expect(kernel.semaphoreRelease(semaphore, 1)).toBe(true);
    expect(kernel.semaphoreRelease(semaphore, 1)).toBe(false);
    expect(kernel.semaphoreValue(semaphore)).toBe(1);
  });

  it("keeps shared bytes where every holder sees them", () => {
    const memory = kernel.allocate("memory", 16);
    expect(kernel.memorySize(memory)).toBe(16);
    kernel.memoryWrite(memory, 4, bytes(9, 8));
    expect([...kernel.memoryRead(memory, 3, 4)]).toEqual([0, 9, 8, 0]);
  });

  it("records the first exit only", () => {
    const status = kernel.allocate("process");
    expect(kernel.processExitcode(status)).toBeNull();
    expect(kernel.processExit(status, -15)).toBe(true);
    expect(kernel.processExit(status, 0)).toBe(false);
    expect(kernel.processExitcode(status)).toBe(-15);
  });

  it("hands out pids and handles once each", () => {
    const counters = kernel.allocateCounters(1000);
    expect([kernel.nextPid(counters), kernel.nextPid(counters)]).toEqual([1000, 1001]);
    expect([kernel.nextHandle(counters), kernel.nextHandle(counters)]).toEqual([1, 2]);
  });
});

describe("waitForChange", () => {
  it("returns at once when a version moved since it was read", async () => {
    const pipe = kernel.allocate("pipe");
    const seen = kernel.version(pipe);
    kernel.pipeWrite(pipe, bytes(1));
    let settled = false;
    void kernel.waitForChange([[pipe, seen]], 60_000).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(true);
  });

  it("wakes when another thread changes the object", async () => {
    const semaphore = kernel.allocate("semaphore");
    const seen = kernel.version(semaphore);
    const waiting = kernel.waitForChange([[semaphore, seen]], 60_000);
    // A separate worker thread releases the semaphore through the same buffer.
    const worker = new Worker(
      `const { workerData } = require("node:worker_threads");
       const words = new Int32Array(workerData, 0, 2);
       Atomics.add(words, 1, 1); Atomics.add(words, 0, 1); Atomics.notify(words, 0);`,
      { eval: true, workerData: semaphore },
    );
    await waiting;
    await worker.terminate();
    expect(kernel.semaphoreValue(semaphore)).toBe(1);
  });
});
