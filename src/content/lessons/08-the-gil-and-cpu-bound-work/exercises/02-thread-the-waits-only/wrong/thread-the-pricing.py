import threading
import time

from shop import fetch_order, price


def process_orders(orders):
    """Threads the computing half instead of the waiting half."""
    fetched = [fetch_order(order_id, seconds) for order_id, seconds in orders]
    totals = [None] * len(orders)

    def price_into(index, order_id, items):
        totals[index] = price(order_id, items)

    threads = [
        threading.Thread(target=price_into, args=(index, order_id, items))
        for index, ((order_id, _), items) in enumerate(zip(orders, fetched))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return totals


def main():
    orders = [("X-1", 0.3), ("Y-22", 0.1), ("Z-333", 0.2)]
    started = time.perf_counter()
    print(process_orders(orders))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
