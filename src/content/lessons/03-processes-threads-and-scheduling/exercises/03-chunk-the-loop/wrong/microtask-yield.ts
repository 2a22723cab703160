import { shrink, startHeartbeat } from "./page";

/** Shrinks every photo; resolves to the new names in the order of `photos`. */
export async function shrinkAll(photos: readonly string[]): Promise<string[]> {
  const small: string[] = [];
  for (const photo of photos) {
    small.push(shrink(photo));
    // An await, but only a microtask: it runs before any timer, so the page
    // still gets no turn until every photo is done.
    await Promise.resolve();
  }
  return small;
}

async function main(): Promise<void> {
  const stop = startHeartbeat();
  console.log(await shrinkAll(["cat.png", "dog.png", "owl.png"]));
  stop();
}

if (import.meta.main) {
  await main();
}
