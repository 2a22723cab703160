import { download } from "./pages";

export interface Page {
  name: string;
  seconds: number;
}

const sleep = (seconds: number): Promise<null> =>
  new Promise((resolve) => setTimeout(() => resolve(null), seconds * 1000));

export async function loadWithDeadline(pages: readonly Page[], deadlineSeconds: number): Promise<(string | null)[]> {
  // Stops waiting at the deadline, but never tells the slow downloads to
  // stop: they keep using the network after nobody wants their result.
  const deadline = sleep(deadlineSeconds);
  return Promise.all(pages.map((page) => Promise.race([download(page.name, page.seconds), deadline])));
}

if (import.meta.main) {
  console.log(await loadWithDeadline([{ name: "news", seconds: 0.2 }], 0.5));
}
