/**
 * A first-in, first-out queue between producers and consumers in one
 * JavaScript thread. get() resolves to the oldest item, waiting for a put()
 * when the queue is empty.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];

  put(item: T): void {
    this.items.push(item);
  }

  // Polling works, but every waiting get() checks only every 50 ms, so it
  // hears about a put late, and keeps a timer busy while the queue is empty.
  async get(): Promise<T> {
    while (this.items.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
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
