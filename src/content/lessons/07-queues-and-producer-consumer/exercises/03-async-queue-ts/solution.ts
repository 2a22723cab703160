/**
 * A first-in, first-out queue between producers and consumers in one
 * JavaScript thread. get() resolves to the oldest item, waiting for a put()
 * when the queue is empty.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  // The resolve functions of get() calls that found the queue empty, oldest first.
  private readonly waiting: ((item: T) => void)[] = [];

  /** Adds an item; if a get() is waiting, it receives this item. */
  put(item: T): void {
    const next = this.waiting.shift();
    if (next) next(item);
    else this.items.push(item);
  }

  /** Resolves to the oldest item, waiting for one if the queue is empty. */
  get(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    return new Promise<T>((resolve) => this.waiting.push(resolve));
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
