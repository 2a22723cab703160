/**
 * The run's timers and clock. Timers are always patched, on either clock, so
 * that the engine knows when a program has nothing left to do (no timer or
 * interval pending, like Node) and so that an error thrown in a callback ends
 * the run instead of vanishing into the worker's console.
 *
 * On the virtual clock, timers wait in a queue ordered by due time; whenever
 * it is non-empty one real macrotask pops the earliest, moves the clock to its
 * due time and runs it. Macrotasks run only after microtasks drain, so promise
 * chains interleave exactly as they would in real time, but sleeping costs
 * nothing. Computation still costs real time: virtual now = work done (see
 * work-clock.ts) + time skipped.
 */
import type { ClockMode } from "../protocol.ts";
import { workClockMs } from "../work-clock.ts";

type Callback = (...args: unknown[]) => void;

interface Timer {
  id: number;
  due: number;
  interval: number | undefined;
  callback: Callback;
  args: unknown[];
  /** The native handle, on the real clock. */
  handle?: unknown;
}

/** Control over the run's clock, for the engine and the grader. */
export interface RunClock {
  /** Milliseconds since the run began, on the run's clock. */
  now(): number;
  /** True when no timer, interval or held resource is pending. */
  isIdle(): boolean;
  /** Keeps the program alive until the returned function is called (e.g. a nested worker). */
  hold(): () => void;
  /** Resolves once nothing is pending: checked in a macrotask, after microtasks have drained. */
  whenIdle(): Promise<void>;
  /** Cancels every pending timer and restores the original globals. */
  uninstall(): void;
}

/** What the clock needs from the engine. */
export interface ClockHooks {
  /** A timer or interval callback threw. */
  onError(error: unknown): void;
}

type TimerGlobals = Pick<typeof globalThis, "setTimeout" | "clearTimeout" | "setInterval" | "clearInterval">;

/** Patches the timer globals (and, on the virtual clock, `Date` and `performance.now`). */
export function installRunClock(mode: ClockMode, hooks: ClockHooks): RunClock {
  const target = globalThis as unknown as Record<string, unknown>;
  const originals: TimerGlobals = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
  };
  // Bound: browsers throw "Illegal invocation" when a timer function is called on another object.
  const native = {
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
    setInterval: globalThis.setInterval.bind(globalThis),
    clearInterval: globalThis.clearInterval.bind(globalThis),
    Date: globalThis.Date,
    perfNow: performance.now.bind(performance),
  };
  const macrotask = nativeMacrotask();
  const virtual = mode === "virtual";
  const startPerf = native.perfNow();
  const startEpoch = native.Date.now();
  const ownPerformanceNow = Object.getOwnPropertyDescriptor(performance, "now");
  let skipped = 0;
  const work = virtual ? workClockMs() : native.perfNow;
  const startWork = work();
  const now = (): number => work() - startWork + skipped;

  const timers = new Map<number, Timer>();
  const queue: Timer[] = []; // virtual clock only, sorted by (due, seq)
  let nextId = 1;
  let holds = 0;
  let pumping = false;
  let idleCheck = false;
  let idleWaiters: (() => void)[] = [];
  let installed = true;

  const checkIdleSoon = (): void => {
    if (idleCheck || idleWaiters.length === 0) return;
    idleCheck = true;
    macrotask(() => {
      idleCheck = false;
      if (timers.size > 0 || holds > 0) return;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    });
  };

  const invoke = (timer: Timer): void => {
    try {
      // Not `timer.callback(…)`: stack traces would name the learner's arrow function `Object.callback`.
      Reflect.apply(timer.callback, undefined, timer.args);
    } catch (error) {
      hooks.onError(error);
    }
  };

  const pump = (): void => {
    if (pumping || queue.length === 0 || !installed) return;
    pumping = true;
    macrotask(() => {
      pumping = false;
      const timer = queue.shift();
      if (timer === undefined || !installed) return;
      if (timer.due > now()) skipped += timer.due - now();
      if (timer.interval === undefined) timers.delete(timer.id);
      invoke(timer);
      if (timer.interval !== undefined && timers.has(timer.id)) {
        timer.due += timer.interval;
        enqueue(timer);
      }
      pump();
      checkIdleSoon();
    });
  };

  const enqueue = (timer: Timer): void => {
    let at = queue.length;
    // After every timer due at the same time: equal delays fire in the order they were set.
    while (at > 0 && (queue[at - 1]?.due ?? 0) > timer.due) at -= 1;
    queue.splice(at, 0, timer);
  };

  const schedule = (callback: unknown, delay: unknown, args: unknown[], repeat: boolean): number => {
    if (typeof callback !== "function") {
      throw new TypeError(`${repeat ? "setInterval" : "setTimeout"} needs a function, not ${typeof callback}`);
    }
    const ms = Math.max(0, Number(delay) || 0);
    const timer: Timer = {
      id: nextId++,
      due: now() + ms,
      interval: repeat ? ms : undefined,
      callback: callback as Callback,
      args,
    };
    timers.set(timer.id, timer);
    if (virtual) {
      enqueue(timer);
      pump();
    } else if (repeat) {
      timer.handle = native.setInterval(() => invoke(timer), ms);
    } else {
      timer.handle = native.setTimeout(() => {
        timers.delete(timer.id);
        invoke(timer);
        checkIdleSoon();
      }, ms);
    }
    return timer.id;
  };

  const cancel = (id: unknown): void => {
    const timer = typeof id === "number" ? timers.get(id) : undefined;
    if (timer === undefined) return;
    timers.delete(timer.id);
    if (virtual) {
      // A timer that is running right now (an interval clearing itself) is not in the queue.
      const index = queue.indexOf(timer);
      if (index !== -1) queue.splice(index, 1);
    } else if (timer.interval === undefined) native.clearTimeout(timer.handle as number);
    else native.clearInterval(timer.handle as number);
    checkIdleSoon();
  };

  const patched: Record<keyof TimerGlobals, unknown> = {
    setTimeout: (callback: unknown, delay?: unknown, ...args: unknown[]) => schedule(callback, delay, args, false),
    setInterval: (callback: unknown, delay?: unknown, ...args: unknown[]) => schedule(callback, delay, args, true),
    clearTimeout: cancel,
    clearInterval: cancel,
  };
  Object.assign(target, patched);
  if (virtual) {
    const epochNow = (): number => startEpoch + now();
    target["Date"] = virtualDate(native.Date, epochNow);
    Object.defineProperty(performance, "now", { value: () => startPerf + now(), configurable: true, writable: true });
  }

  return {
    now,
    isIdle: () => timers.size === 0 && holds === 0,
    hold() {
      holds += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        checkIdleSoon();
      };
    },
    whenIdle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdleSoon();
      });
    },
    uninstall() {
      if (!installed) return;
      installed = false;
      for (const id of [...timers.keys()]) cancel(id);
      queue.length = 0;
      Object.assign(target, originals);
      if (virtual) {
        target["Date"] = native.Date;
        if (ownPerformanceNow) Object.defineProperty(performance, "now", ownPerformanceNow);
        else Reflect.deleteProperty(performance, "now");
      }
    },
  };
}

/** `Date` whose `now()`, `new Date()` and `Date()` read the virtual clock; `instanceof Date` still holds. */
function virtualDate(NativeDate: DateConstructor, epochNow: () => number): DateConstructor {
  return new Proxy(NativeDate, {
    construct: (target, args: unknown[], newTarget: (...a: never[]) => unknown) =>
      Reflect.construct(target, args.length === 0 ? [epochNow()] : args, newTarget) as object,
    apply: () => new NativeDate(epochNow()).toString(),
    get: (target, key, receiver) => (key === "now" ? epochNow : (Reflect.get(target, key, receiver) as unknown)),
  });
}

/** A real macrotask that is not clamped like nested `setTimeout(0)` in browsers. */
function nativeMacrotask(): (task: () => void) => void {
  const immediate = (globalThis as { setImmediate?: (task: () => void) => unknown }).setImmediate;
  if (typeof immediate === "function") return (task) => void immediate(task);
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
}
