import { grader } from "grader";

/**
 * Downloads one page: resolves to its text after `seconds`. If `signal` is
 * aborted first, the download stops at once and rejects with the signal's
 * reason. The events are what the checks read; the log is for your own runs.
 */
export function download(page: string, seconds: number, signal?: AbortSignal): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    grader.event(`start:${page}`);
    console.log(`${page}: downloading`);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      grader.event(`done:${page}`);
      console.log(`${page}: done`);
      resolve(`<${page} page>`);
    }, seconds * 1000);
    function onAbort(): void {
      clearTimeout(timer);
      grader.event(`aborted:${page}`);
      console.log(`${page}: aborted`);
      reject(signal?.reason);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
