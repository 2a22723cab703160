/**
 * What "computation costs its real time" measures on the virtual clock.
 *
 * Where the host can tell how much CPU time this thread has used (Node's
 * `process.threadCpuUsage`), that is the measure: graded timings then do not
 * drift when a busy machine (a CI runner, a laptop compiling in the
 * background) takes the CPU away. Browsers have no such clock, so there it is
 * the wall clock.
 */

interface ThreadCpuUsage {
  threadCpuUsage?: () => { user: number; system: number };
}

function threadCpuSeconds(): (() => number) | undefined {
  const host = (globalThis as { process?: ThreadCpuUsage }).process;
  const usage = host?.threadCpuUsage?.bind(host);
  if (usage === undefined) return undefined;
  return () => {
    const { user, system } = usage();
    return (user + system) / 1e6;
  };
}

/**
 * Milliseconds of this thread's computation, from an arbitrary origin. The
 * clock functions are captured now: the virtual clock later replaces
 * `performance.now` with one that reads this clock.
 */
export function workClockMs(): () => number {
  const cpu = threadCpuSeconds();
  if (cpu) return () => cpu() * 1000;
  const wallNow = performance.now.bind(performance);
  return () => wallNow();
}
