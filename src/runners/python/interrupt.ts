/**
 * The interrupt buffer, as Pyodide reads it.
 *
 * Pyodide's `setInterruptBuffer` accepts any TypedArray: it reads element 0,
 * and when that is 2 (SIGINT) it resets it to 0 and raises KeyboardInterrupt
 * at the next check. We view the shared memory as an Int32Array (so the page
 * can use `Atomics.store(view, 0, 2)`), or as a Uint8Array when the buffer is
 * shorter than 4 bytes.
 */
export const SIGINT = 2;

export type InterruptView = Int32Array | Uint8Array;

/** The view of `buffer` that Pyodide watches and the page writes 2 into. */
export function interruptView(buffer: SharedArrayBuffer): InterruptView {
  return buffer.byteLength >= 4 ? new Int32Array(buffer, 0, 1) : new Uint8Array(buffer, 0, 1);
}

/** Asks the running program to stop, from any thread that shares the buffer. */
export function requestInterrupt(view: InterruptView): void {
  Atomics.store(view, 0, SIGINT);
}
