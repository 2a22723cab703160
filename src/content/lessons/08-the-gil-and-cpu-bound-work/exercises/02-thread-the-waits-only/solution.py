import threading
import time

from shop import fetch_order, price


def process_orders(orders):
    """Fetches every (order_id, seconds) order, then prices it.

    Returns price(...) for every order, in the order of `orders`.
    """
    fetched = [None] * len(orders)

    def fetch_into(index, order_id, seconds):
        fetched[index] = fetch_order(order_id, seconds)

    # The waits overlap in threads: a waiting thread does not hold the GIL.
    threads = [
        threading.Thread(target=fetch_into, args=(index, order_id, seconds))
        for index, (order_id, seconds) in enumerate(orders)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Pricing is computation: threads would only take turns, so keep it plain.
    return [price(order_id, items) for (order_id, _), items in zip(orders, fetched)]


def main():
    orders = [("X-1", 0.3), ("Y-22", 0.1), ("Z-333", 0.2)]
    started = time.perf_counter()
    print(process_orders(orders))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
