import { download } from "./pages";

export interface Page {
  name: string;
  seconds: number;
}

export async function loadWithDeadline(pages: readonly Page[], deadlineSeconds: number): Promise<(string | null)[]> {
  const controller = new AbortController();
  const downloads = Promise.allSettled(pages.map((page) => download(page.name, page.seconds, controller.signal)));
  // Waits out the whole deadline even when every page arrived long before it.
  await new Promise((resolve) => setTimeout(resolve, deadlineSeconds * 1000));
  controller.abort(new Error("deadline passed"));
  const outcomes = await downloads;
  return outcomes.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : null));
}

if (import.meta.main) {
  console.log(await loadWithDeadline([{ name: "news", seconds: 0.2 }], 0.5));
}
