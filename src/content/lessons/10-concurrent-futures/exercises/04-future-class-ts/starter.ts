type Callback<T> = (future: Future<T>) => void;

/** A value that is not ready yet, like Python's concurrent.futures.Future. */
export class Future<T> {
  #done = false;
  #value: T | undefined;
  #callbacks: Callback<T>[] = [];

  /** True once a result or an exception has been set. */
  done(): boolean {
    return this.#done;
  }

  setResult(value: T): void {
    this.#done = true;
    this.#value = value;
    // TODO: wake everyone waiting in result(), then run the callbacks.
  }

  setException(error: unknown): void {
    // TODO: remember the error; result() must reject with it.
    this.#done = true;
  }

  /** Resolves with the result, or rejects with the exception, once the future is done. */
  result(): Promise<T> {
    // TODO: wait until the future is done instead of answering straight away.
    return Promise.resolve(this.#value as T);
  }

  /** Calls `callback(this)` when the future is done: at once if it already is. */
  addDoneCallback(callback: Callback<T>): void {
    this.#callbacks.push(callback);
  }
}

async function main(): Promise<void> {
  const toast = new Future<string>();
  toast.addDoneCallback(() => console.log("callback: toast is done"));
  setTimeout(() => toast.setResult("golden toast"), 300);
  console.log("waiting...");
  console.log(await toast.result());
  toast.addDoneCallback(() => console.log("a late callback runs at once"));
}

if (import.meta.main) {
  await main();
}
