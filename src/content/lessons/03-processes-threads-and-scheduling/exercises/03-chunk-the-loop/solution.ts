import { shrink, startHeartbeat } from "./page";

/** Shrinks every photo; resolves to the new names in the order of `photos`. */
export async function shrinkAll(photos: readonly string[]): Promise<string[]> {
  const small: string[] = [];
  for (const photo of photos) {
    small.push(shrink(photo));
    // Give the event loop back between photos: the timer goes to the back
    // of the queue, so the page's waiting work runs before the next photo.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
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
