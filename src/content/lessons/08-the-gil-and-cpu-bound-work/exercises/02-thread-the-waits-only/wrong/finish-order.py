import threading
import time

from shop import fetch_order, price


def process_orders(orders):
    """Overlaps the fetches, but collects the orders as they arrive."""
    arrived = []

    def fetch_into(order_id, seconds):
        arrived.append((order_id, fetch_order(order_id, seconds)))

    threads = [threading.Thread(target=fetch_into, args=order) for order in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [price(order_id, items) for order_id, items in arrived]


def main():
    orders = [("X-1", 0.3), ("Y-22", 0.1), ("Z-333", 0.2)]
    started = time.perf_counter()
    print(process_orders(orders))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
