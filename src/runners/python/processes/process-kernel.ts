/**
 * One process's view of the shared kernel: the objects it has mapped, its
 * identity, and the functions Python calls as the `_pcr_kernel` module
 * (pcr_processes/kernel.py). Objects made here are registered with the root
 * so that any process can map them from a handle it unpickles.
 */
import * as kernel from "./kernel.ts";
import type { KernelObjectKind } from "./kernel.ts";
import type { KernelEntry, SpawnRequest } from "./process-protocol.ts";

/** How a process reaches the process table, which lives in the root worker. */
export interface KernelLink {
  register(handle: number, entry: KernelEntry): void;
  lookup(handle: number): Promise<KernelEntry | null>;
  spawn(request: SpawnRequest): void;
  signal(pid: number, signal: number): void;
}

export interface ProcessIdentity {
  pid: number;
  ppid: number;
  /** Handle of this process's own status object. */
  status: number;
}

/** The shared settings of a process tree, from the root. */
export interface KernelSettings {
  counters: SharedArrayBuffer;
  cpuCount: number;
  maxProcesses: number;
  /** Largest process pool; bigger ones are cut to it. */
  poolLimit: number;
  /** Where children's output goes, in order with everything else they share (kernel.ts). */
  terminal: SharedArrayBuffer;
}

/** Why processes cannot run on this host, before any settings arrive. */
export function hostLimitation(): string | null {
  if (typeof SharedArrayBuffer !== "function") {
    return (
      "multiprocessing needs SharedArrayBuffer, which this page does not have because it is not " +
      "cross-origin isolated (the server must send Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers)"
    );
  }
  if (!("Suspending" in WebAssembly || "Suspender" in WebAssembly)) {
    return (
      "multiprocessing needs WebAssembly stack switching (JSPI), which this browser lacks. " +
      "It ships in Chrome and Edge 137+, Firefox 139+ and Safari 27+."
    );
  }
  return null;
}

const LIVE = 2;

export class ProcessKernel {
  private readonly objects = new Map<number, KernelEntry>();
  private settings: KernelSettings | undefined;
  private identity: ProcessIdentity = { pid: 0, ppid: 0, status: 0 };

  private readonly link: KernelLink | undefined;
  private readonly missingReason: string;

  // No parameter properties: Node runs this file with type stripping only.
  constructor(link: KernelLink | undefined, missingReason = "this runtime was started without process workers") {
    this.link = link;
    this.missingReason = missingReason;
  }

  /** In the root: takes children's output off the terminal; called whenever the root wakes. */
  drainTerminal: (() => void) | undefined;

  configure(settings: KernelSettings): void {
    this.settings = settings;
  }

  get terminal(): SharedArrayBuffer | undefined {
    return this.settings?.terminal;
  }

  /** Starts a process's life in this worker: who it is, and the objects it inherits. */
  become(identity: ProcessIdentity, objects: Iterable<[number, KernelEntry]> = []): void {
    this.identity = identity;
    this.objects.clear();
    for (const [handle, entry] of objects) this.objects.set(handle, entry);
  }

  get pid(): number {
    return this.identity.pid;
  }

  /** Adds an object from elsewhere (a lookup answer, an inherited one). */
  adopt(handle: number, entry: KernelEntry): void {
    this.objects.set(handle, entry);
  }

  create(kind: KernelObjectKind, size = 0): number {
    const settings = this.requireSettings();
    const handle = kernel.nextHandle(settings.counters);
    const entry: KernelEntry = { kind, buffer: kernel.allocate(kind, size) };
    this.objects.set(handle, entry);
    this.link?.register(handle, entry);
    return handle;
  }

  entries(): Array<[number, KernelEntry]> {
    return [...this.objects];
  }

  /** Reserves a slot for a new process and asks the root to start it; null when at the cap. */
  spawn(payload: Uint8Array, name: string): [number, number] | null {
    const settings = this.requireSettings();
    if (this.link === undefined) throw new Error(this.missingReason);
    const live = new Int32Array(settings.counters);
    for (;;) {
      const count = Atomics.load(live, LIVE);
      if (count >= settings.maxProcesses) return null;
      if (Atomics.compareExchange(live, LIVE, count, count + 1) === count) break;
    }
    const pid = kernel.nextPid(settings.counters);
    const status = this.create("process");
    this.link.spawn({ pid, ppid: this.identity.pid, status, parentStatus: this.identity.status, name, payload });
    return [pid, status];
  }

  // Python asks `unavailableReason` first (pcr_processes/kernel.py), so host limits are reported there.
  private requireSettings(): KernelSettings {
    if (this.settings === undefined) throw new Error(this.missingReason);
    return this.settings;
  }

  private buffer(handle: number): SharedArrayBuffer {
    const entry = this.objects.get(handle);
    if (entry === undefined) throw new Error(`unknown kernel handle ${handle}`);
    return entry.buffer;
  }

  /** The functions Python sees as `_pcr_kernel`; "nothing" is `undefined`, which Python sees as None. */
  module(): Record<string, unknown> {
    const buffer = (handle: number) => this.buffer(handle);
    return {
      pipeCapacity: kernel.PIPE_CAPACITY,
      unavailableReason: () => {
        const reason = hostLimitation();
        if (reason !== null) return reason;
        return this.settings === undefined || this.link === undefined ? this.missingReason : undefined;
      },
      create: (kind: KernelObjectKind, size: number) => this.create(kind, size),
      has: (handle: number) => this.objects.has(handle),
      // Resolves when the object is mapped, or after `ms` so that Python can check for a stop.
      lookup: async (handle: number, ms: number) => {
        const link = this.link;
        if (link === undefined) return;
        const found = await Promise.race([
          link.lookup(handle),
          new Promise<null>((resolve) => setTimeout(resolve, ms, null)),
        ]);
        if (found) this.objects.set(handle, found);
      },
      versions: (handles: number[]) => handles.map((handle) => kernel.version(buffer(handle))),
      waitForChange: async (handles: number[], versions: number[], ms: number) => {
        const watch = handles.map((handle, index): [SharedArrayBuffer, number] => [
          buffer(handle),
          versions[index] ?? 0,
        ]);
        const terminal = this.settings?.terminal;
        // The root also wakes for children's output, which it shows at once.
        if (this.drainTerminal && terminal) watch.push([terminal, kernel.version(terminal)]);
        this.drainTerminal?.();
        await kernel.waitForChange(watch, ms);
        this.drainTerminal?.();
      },
      now: () => performance.now(),
      // One turn of the event loop (a macrotask), so that messages get delivered.
      turn: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
      ready: (handle: number) => {
        const entry = this.objects.get(handle);
        if (entry === undefined) return false;
        switch (entry.kind) {
          case "pipe":
            return kernel.pipeUsed(entry.buffer) > 0 || kernel.pipeEnds(entry.buffer, 0, 0)[0] === 0;
          case "process":
            return kernel.processExitcode(entry.buffer) !== null;
          case "semaphore":
            return kernel.semaphoreValue(entry.buffer) > 0;
          case "memory":
            return true;
        }
      },
      pipeWrite: (handle: number, data: Uint8Array) => kernel.pipeWrite(buffer(handle), data),
      pipeRead: (handle: number, max: number) => kernel.pipeRead(buffer(handle), max),
      pipeUsed: (handle: number) => kernel.pipeUsed(buffer(handle)),
      pipeEnds: (handle: number, writers: number, readers: number) => kernel.pipeEnds(buffer(handle), writers, readers),
      pipeTryLock: (handle: number, slot: 0 | 1, owner: number) => kernel.pipeTryLock(buffer(handle), slot, owner),
      pipeUnlock: (handle: number, slot: 0 | 1) => kernel.pipeUnlock(buffer(handle), slot),
      semInit: (handle: number, value: number) => kernel.semaphoreInit(buffer(handle), value),
      semTryAcquire: (handle: number) => kernel.semaphoreTryAcquire(buffer(handle)),
      semRelease: (handle: number, max: number) => kernel.semaphoreRelease(buffer(handle), max),
      semValue: (handle: number) => kernel.semaphoreValue(buffer(handle)),
      memRead: (handle: number, offset: number, length: number) => kernel.memoryRead(buffer(handle), offset, length),
      memWrite: (handle: number, offset: number, data: Uint8Array) => kernel.memoryWrite(buffer(handle), offset, data),
      exitcode: (handle: number) => kernel.processExitcode(buffer(handle)) ?? undefined,
      pid: () => this.identity.pid,
      ppid: () => this.identity.ppid,
      ownStatus: () => this.identity.status,
      cpuCount: () => this.settings?.cpuCount ?? 1,
      poolLimit: () => this.settings?.poolLimit ?? 1,
      spawn: (payload: Uint8Array, name: string) => this.spawn(payload, name) ?? undefined,
      signal: (pid: number, signal: number) => this.link?.signal(pid, signal),
    };
  }
}

/** Gives a process slot back (the root does this when a process ends). */
export function releaseProcessSlot(counters: SharedArrayBuffer): void {
  Atomics.sub(new Int32Array(counters), LIVE, 1);
}
