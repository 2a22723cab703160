type Callback<T> = (future: Future<T>) => void;

/** A value that is not ready yet, like Python's concurrent.futures.Future. */
export class Future<T> {
  #state: "pending" | "finished" | "failed" = "pending";
  #value: T | undefined;
  #error: unknown;
  #callbacks: Callback<T>[] = [];
  #waiters: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = [];

  /** True once a result or an exception has been set. */
  done(): boolean {
    return this.#state !== "pending";
  }

  setResult(value: T): void {
    if (this.done()) throw new Error("the future is already done");
    this.#state = "finished";
    this.#value = value;
    this.#settle();
  }

  setException(error: unknown): void {
    if (this.done()) throw new Error("the future is already done");
    this.#state = "failed";
    this.#error = error;
    this.#settle();
  }

  /** Resolves with the result, or rejects with the exception, once the future is done. */
  result(): Promise<T> {
    if (this.#state === "finished") return Promise.resolve(this.#value as T);
    if (this.#state === "failed") return Promise.reject(this.#error);
    return new Promise<T>((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }

  /** Calls `callback(this)` when the future is done: at once if it already is. */
  addDoneCallback(callback: Callback<T>): void {
    this.#callbacks.push(callback); // never runs if the future is already done
  }

  #settle(): void {
    for (const waiter of this.#waiters) {
      if (this.#state === "finished") waiter.resolve(this.#value as T);
      else waiter.reject(this.#error);
    }
    this.#waiters = [];
    for (const callback of this.#callbacks) callback(this);
    this.#callbacks = [];
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
