/**
 * The "operating system" that Python processes share: pipes, semaphores,
 * shared memory and process status, each a SharedArrayBuffer that every
 * process worker maps. Workers have separate WebAssembly memories, so this is
 * the only memory they share, exactly as separate OS processes share only
 * what the kernel gives them.
 *
 * Every object starts with an Int32 version word that each change bumps and
 * notifies, so a waiter can sleep on "anything changed" with Atomics.
 * Plain data crosses in and out as Uint8Arrays; Python never sees the buffers.
 */

/** What a kernel object is; fixed at creation. */
export type KernelObjectKind = "pipe" | "semaphore" | "memory" | "process";

const VERSION = 0;

// Pipe header (Int32 slots); the ring of bytes follows it.
const PIPE_HEAD = 1;
const PIPE_TAIL = 2;
const PIPE_USED = 3;
const PIPE_WRITERS = 4;
const PIPE_READERS = 5;
const PIPE_LOCKS = 6; // two slots: 6 = writer's lock, 7 = reader's lock
const PIPE_HEADER_BYTES = 32;
/** Linux's default pipe buffer, so the pipe fills (and blocks writers) where a real one does. */
export const PIPE_CAPACITY = 64 * 1024;

const SEM_VALUE = 1;
const SEM_BYTES = 8;

const MEMORY_HEADER_BYTES = 8;

/** Process status: who it is and how it ended. */
const PROCESS_STATE = 1;
const PROCESS_EXITCODE = 2;
const PROCESS_BYTES = 12;
export const PROCESS_RUNNING = 0;
export const PROCESS_EXITED = 1;

// The shared counters every process draws identities from; slot 2 counts live processes.
const NEXT_PID = 0;
const NEXT_HANDLE = 1;
const COUNTER_SLOTS = 3;

function int32(buffer: SharedArrayBuffer): Int32Array {
  return new Int32Array(buffer, 0, Math.min(PIPE_HEADER_BYTES, buffer.byteLength) >> 2);
}

function bump(words: Int32Array): void {
  Atomics.add(words, VERSION, 1);
  Atomics.notify(words, VERSION);
}

/** Allocates the buffer for a new object of `kind`; `size` is the byte size of memory objects. */
export function allocate(kind: KernelObjectKind, size = 0): SharedArrayBuffer {
  switch (kind) {
    case "pipe":
      return new SharedArrayBuffer(PIPE_HEADER_BYTES + PIPE_CAPACITY);
    case "semaphore":
      return new SharedArrayBuffer(SEM_BYTES);
    case "memory":
      return new SharedArrayBuffer(MEMORY_HEADER_BYTES + Math.max(0, size));
    case "process":
      return new SharedArrayBuffer(PROCESS_BYTES);
  }
}

export function version(buffer: SharedArrayBuffer): number {
  return Atomics.load(int32(buffer), VERSION);
}

// -- pipes ------------------------------------------------------------------

/** Copies as much of `data` as fits into the pipe; returns how many bytes went in. */
export function pipeWrite(buffer: SharedArrayBuffer, data: Uint8Array): number {
  const words = int32(buffer);
  const free = PIPE_CAPACITY - Atomics.load(words, PIPE_USED);
  const count = Math.min(free, data.length);
  if (count <= 0) return 0;
  const ring = new Uint8Array(buffer, PIPE_HEADER_BYTES, PIPE_CAPACITY);
  const tail = Atomics.load(words, PIPE_TAIL);
  const first = Math.min(count, PIPE_CAPACITY - tail);
  ring.set(data.subarray(0, first), tail);
  if (count > first) ring.set(data.subarray(first, count), 0);
  Atomics.store(words, PIPE_TAIL, (tail + count) % PIPE_CAPACITY);
  Atomics.add(words, PIPE_USED, count);
  bump(words);
  return count;
}

/** Takes up to `max` bytes out of the pipe (fewer if fewer are there; none if it is empty). */
export function pipeRead(buffer: SharedArrayBuffer, max: number): Uint8Array {
  const words = int32(buffer);
  const count = Math.min(Atomics.load(words, PIPE_USED), max);
  if (count <= 0) return new Uint8Array(0);
  const ring = new Uint8Array(buffer, PIPE_HEADER_BYTES, PIPE_CAPACITY);
  const head = Atomics.load(words, PIPE_HEAD);
  const out = new Uint8Array(count);
  const first = Math.min(count, PIPE_CAPACITY - head);
  out.set(ring.subarray(head, head + first));
  if (count > first) out.set(ring.subarray(0, count - first), first);
  Atomics.store(words, PIPE_HEAD, (head + count) % PIPE_CAPACITY);
  Atomics.sub(words, PIPE_USED, count);
  bump(words);
  return out;
}

/** Bytes waiting in the pipe. */
export function pipeUsed(buffer: SharedArrayBuffer): number {
  return Atomics.load(int32(buffer), PIPE_USED);
}

/** Adjusts the count of open write and read ends; returns the counts after. */
export function pipeEnds(buffer: SharedArrayBuffer, writers: number, readers: number): [number, number] {
  const words = int32(buffer);
  const after: [number, number] = [
    Atomics.add(words, PIPE_WRITERS, writers) + writers,
    Atomics.add(words, PIPE_READERS, readers) + readers,
  ];
  if (writers < 0 || readers < 0) bump(words);
  return after;
}

/**
 * Takes the pipe's writer (slot 0) or reader (slot 1) lock for `owner`, so that
 * a message larger than the pipe is not interleaved with another one.
 */
export function pipeTryLock(buffer: SharedArrayBuffer, slot: 0 | 1, owner: number): boolean {
  return Atomics.compareExchange(int32(buffer), PIPE_LOCKS + slot, 0, owner) === 0;
}

export function pipeUnlock(buffer: SharedArrayBuffer, slot: 0 | 1): void {
  const words = int32(buffer);
  Atomics.store(words, PIPE_LOCKS + slot, 0);
  bump(words);
}

// -- semaphores -------------------------------------------------------------

export function semaphoreInit(buffer: SharedArrayBuffer, value: number): void {
  Atomics.store(int32(buffer), SEM_VALUE, value);
}

/** Decrements the value if it is above zero; true when it did. */
export function semaphoreTryAcquire(buffer: SharedArrayBuffer): boolean {
  const words = int32(buffer);
  for (;;) {
    const value = Atomics.load(words, SEM_VALUE);
    if (value <= 0) return false;
    if (Atomics.compareExchange(words, SEM_VALUE, value, value - 1) === value) {
      bump(words);
      return true;
    }
  }
}

/** Increments the value unless it would pass `maxValue`; false (and no change) when it would. */
export function semaphoreRelease(buffer: SharedArrayBuffer, maxValue: number): boolean {
  const words = int32(buffer);
  for (;;) {
    const value = Atomics.load(words, SEM_VALUE);
    if (value >= maxValue) return false;
    if (Atomics.compareExchange(words, SEM_VALUE, value, value + 1) === value) {
      bump(words);
      return true;
    }
  }
}

export function semaphoreValue(buffer: SharedArrayBuffer): number {
  return Atomics.load(int32(buffer), SEM_VALUE);
}

// -- shared memory ----------------------------------------------------------

/** Copies `length` bytes out of a memory object (plain loads: as racy as real shared memory). */
export function memoryRead(buffer: SharedArrayBuffer, offset: number, length: number): Uint8Array {
  return new Uint8Array(buffer, MEMORY_HEADER_BYTES + offset, length).slice();
}

export function memoryWrite(buffer: SharedArrayBuffer, offset: number, data: Uint8Array): void {
  new Uint8Array(buffer, MEMORY_HEADER_BYTES + offset, data.length).set(data);
}

export function memorySize(buffer: SharedArrayBuffer): number {
  return buffer.byteLength - MEMORY_HEADER_BYTES;
}

// -- process status ---------------------------------------------------------

/** Records that the process ended with `exitcode`; the first record wins. */
export function processExit(buffer: SharedArrayBuffer, exitcode: number): boolean {
  const words = int32(buffer);
  if (Atomics.compareExchange(words, PROCESS_STATE, PROCESS_RUNNING, PROCESS_EXITED) !== PROCESS_RUNNING) return false;
  Atomics.store(words, PROCESS_EXITCODE, exitcode);
  bump(words);
  return true;
}

/** The exit code, or null while the process runs. */
export function processExitcode(buffer: SharedArrayBuffer): number | null {
  const words = int32(buffer);
  return Atomics.load(words, PROCESS_STATE) === PROCESS_EXITED ? Atomics.load(words, PROCESS_EXITCODE) : null;
}

// -- identities -------------------------------------------------------------

/** The counters that pids and handles come from, shared by every process of a run tree. */
export function allocateCounters(firstPid: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(COUNTER_SLOTS * 4);
  const words = new Int32Array(buffer);
  words[NEXT_PID] = firstPid;
  words[NEXT_HANDLE] = 1;
  return buffer;
}

export function nextPid(counters: SharedArrayBuffer): number {
  return Atomics.add(new Int32Array(counters), NEXT_PID, 1);
}

export function nextHandle(counters: SharedArrayBuffer): number {
  return Atomics.add(new Int32Array(counters), NEXT_HANDLE, 1);
}

// -- waiting ----------------------------------------------------------------

/** `Atomics.waitAsync` (ES2024), which the project's ES2023 library types lack. */
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
  timeout: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };

/**
 * Resolves when any object's version differs from the one given with it, or
 * after `timeoutMs`. Uses Atomics.waitAsync where the engine has it and a
 * short poll where it does not.
 */
export function waitForChange(watch: ReadonlyArray<[SharedArrayBuffer, number]>, timeoutMs: number): Promise<void> {
  const limit = Math.max(0, timeoutMs);
  const { waitAsync } = Atomics as unknown as { waitAsync?: WaitAsync };
  const waits: Promise<unknown>[] = [];
  for (const [buffer, seen] of watch) {
    const words = int32(buffer);
    if (Atomics.load(words, VERSION) !== seen) return Promise.resolve();
    if (waitAsync === undefined) continue;
    const result = waitAsync(words, VERSION, seen, limit);
    if (!result.async) return Promise.resolve();
    waits.push(result.value);
  }
  const pollMs = waitAsync === undefined && watch.length > 0 ? Math.min(limit, 2) : limit;
  waits.push(new Promise((resolve) => setTimeout(resolve, pollMs)));
  return Promise.race(waits).then(() => undefined);
}

// -- the shared terminal ------------------------------------------------------

/**
 * Children's output goes through shared memory rather than messages, so that
 * it keeps its order with everything else processes share: a line a child
 * printed before putting to a queue is on the terminal before the parent
 * prints what it got. Header: version, lock, bytes used; then records of
 * [stream (1 byte), length (4 bytes), UTF-8 text].
 */
const TERMINAL_LOCK = 1;
const TERMINAL_USED = 2;
const TERMINAL_HEADER_BYTES = 12;
export const TERMINAL_CAPACITY = 1024 * 1024;

export function allocateTerminal(): SharedArrayBuffer {
  return new SharedArrayBuffer(TERMINAL_HEADER_BYTES + TERMINAL_CAPACITY);
}

function lockTerminal(words: Int32Array): void {
  // Held only for a copy, never across a wait.
  while (Atomics.compareExchange(words, TERMINAL_LOCK, 0, 1) !== 0);
}

function unlockTerminal(words: Int32Array): void {
  Atomics.store(words, TERMINAL_LOCK, 0);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Appends one line; false when the terminal buffer is full (the caller falls back to a message). */
export function terminalWrite(buffer: SharedArrayBuffer, stream: 0 | 1, text: string): boolean {
  const words = new Int32Array(buffer, 0, 3);
  const bytes = encoder.encode(text);
  const record = 5 + bytes.length;
  lockTerminal(words);
  try {
    const used = Atomics.load(words, TERMINAL_USED);
    if (used + record > TERMINAL_CAPACITY) return false;
    const data = new DataView(buffer, TERMINAL_HEADER_BYTES + used, record);
    data.setUint8(0, stream);
    data.setUint32(1, bytes.length);
    new Uint8Array(buffer, TERMINAL_HEADER_BYTES + used + 5, bytes.length).set(bytes);
    Atomics.store(words, TERMINAL_USED, used + record);
  } finally {
    unlockTerminal(words);
  }
  bump(words);
  return true;
}

/** Takes every line written so far, oldest first. */
export function terminalDrain(buffer: SharedArrayBuffer): Array<[0 | 1, string]> {
  const words = new Int32Array(buffer, 0, 3);
  if (Atomics.load(words, TERMINAL_USED) === 0) return [];
  lockTerminal(words);
  let copy: Uint8Array;
  try {
    const used = Atomics.load(words, TERMINAL_USED);
    copy = new Uint8Array(buffer, TERMINAL_HEADER_BYTES, used).slice();
    Atomics.store(words, TERMINAL_USED, 0);
  } finally {
    unlockTerminal(words);
  }
  const lines: Array<[0 | 1, string]> = [];
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset < copy.length;) {
    const stream = view.getUint8(offset) === 1 ? 1 : 0;
    const length = view.getUint32(offset + 1);
    lines.push([stream, decoder.decode(copy.subarray(offset + 5, offset + 5 + length))]);
    offset += 5 + length;
  }
  return lines;
}
