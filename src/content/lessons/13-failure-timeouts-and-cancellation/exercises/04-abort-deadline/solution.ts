import { download } from "./pages";

/** A page to download, and how many seconds the download takes. */
export interface Page {
  name: string;
  seconds: number;
}

/**
 * Downloads every page at once. Resolves, at the latest after
 * `deadlineSeconds`, to each page's text, or null for a page that was not
 * ready in time, in the order of `pages`.
 */
export async function loadWithDeadline(pages: readonly Page[], deadlineSeconds: number): Promise<(string | null)[]> {
  const controller = new AbortController();
  // One signal for every download: aborting it stops all that are still running.
  const timer = setTimeout(() => controller.abort(new Error("deadline passed")), deadlineSeconds * 1000);
  try {
    const outcomes = await Promise.allSettled(
      pages.map((page) => download(page.name, page.seconds, controller.signal)),
    );
    return outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : null));
  } finally {
    clearTimeout(timer); // everything finished early: the deadline timer is not needed
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const texts = await loadWithDeadline(
    [
      { name: "news", seconds: 0.2 },
      { name: "weather", seconds: 2 },
      { name: "sport", seconds: 0.4 },
    ],
    0.5,
  );
  console.log(texts);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(2)} s`);
}

if (import.meta.main) {
  await main();
}
