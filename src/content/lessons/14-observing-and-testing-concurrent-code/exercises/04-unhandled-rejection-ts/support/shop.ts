import { grader } from "grader";

/** Items whose buyers have a full mailbox: their receipt cannot be delivered. */
const kBouncing: ReadonlySet<string> = new Set(["voucher", "candle"]);

/** Receipts that failed while nobody was listening: the checks read this list. */
export const unhandled: string[] = [];

const wait = (seconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * A promise that notices whether anyone handles it. `await`, `.then`,
 * `.catch` and `.finally` all go through `then`, so a promise whose `then`
 * was never called has no handler. Derived promises are plain ones.
 */
class ReceiptPromise extends Promise<void> {
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  handled = false;

  override then<R1 = void, R2 = never>(
    onfulfilled?: ((value: void) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.handled = true;
    return super.then(onfulfilled, onrejected);
  }
}

/** Charges the card for `item` (0.2 s). */
export async function charge(item: string): Promise<void> {
  await wait(0.2);
  grader.event(`charged:${item}`);
  console.log(`${item}: charged`);
}

/**
 * E-mails the receipt for `item` (0.3 s); rejects when the buyer's mailbox
 * is full. A rejection that nothing handles is reported on the console and
 * recorded in `unhandled` (instead of being raised for real, which would
 * stop the whole run before the checks could say what went wrong).
 */
export function sendReceipt(item: string): Promise<void> {
  const receipt: ReceiptPromise = new ReceiptPromise((resolve, reject) => {
    setTimeout(() => {
      if (!kBouncing.has(item)) {
        grader.event(`receipt-sent:${item}`);
        console.log(`${item}: receipt sent`);
        resolve();
        return;
      }
      grader.event(`receipt-failed:${item}`);
      const error = new Error(`receipt for ${item}: mailbox full`);
      if (receipt.handled) {
        reject(error);
      } else {
        unhandled.push(item);
        console.error(`Unhandled promise rejection: ${error.message}`);
      }
    }, 300);
  });
  return receipt;
}
