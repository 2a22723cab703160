import { charge, sendReceipt } from "./shop";

/** What placeOrder reports back to the shop's front end. */
export interface Order {
  item: string;
  paid: boolean;
  receipt: "sent" | "failed";
}

/** Charges for `item`, then e-mails its receipt; never rejects because of the receipt. */
export async function placeOrder(item: string): Promise<Order> {
  await charge(item);
  // Awaiting the receipt inside try/catch gives its rejection a handler and
  // lets the order report what really happened.
  try {
    await sendReceipt(item);
    return { item, paid: true, receipt: "sent" };
  } catch (error) {
    console.log(`${item}: ${String(error)}`);
    return { item, paid: true, receipt: "failed" };
  }
}

async function main(): Promise<void> {
  console.log(await placeOrder("teapot"));
  console.log(await placeOrder("candle"));
}

if (import.meta.main) {
  await main();
}
