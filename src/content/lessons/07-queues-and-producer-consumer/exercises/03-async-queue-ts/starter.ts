/**
 * A first-in, first-out queue between producers and consumers in one
 * JavaScript thread. get() resolves to the oldest item, waiting for a put()
 * when the queue is empty.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];

  /** Adds an item; if a get() is waiting, it receives this item. */
  put(item: T): void {
    this.items.push(item);
  }

  /** Resolves to the oldest item, waiting for one if the queue is empty. */
  async get(): Promise<T> {
    // TODO: this only works when an item is already there.
    return this.items.shift() as T;
  }
}

async function main(): Promise<void> {
  const queue = new AsyncQueue<string>();
  const consumer = (async () => {
    for (let i = 0; i < 3; i++) console.log("got", await queue.get());
  })();
  for (const word of ["ready", "steady", "go"]) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    console.log("put", word);
    queue.put(word);
  }
  await consumer;
}

if (import.meta.main) {
  await main();
}
