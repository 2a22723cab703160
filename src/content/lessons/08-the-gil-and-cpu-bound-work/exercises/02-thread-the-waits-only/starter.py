import threading
import time

from shop import fetch_order, price


def process_orders(orders):
    """Fetches every (order_id, seconds) order, then prices it.

    Returns price(...) for every order, in the order of `orders`.
    """
    # TODO: overlap the fetches with threads; leave the pricing as it is.
    fetched = [fetch_order(order_id, seconds) for order_id, seconds in orders]
    return [price(order_id, items) for (order_id, _), items in zip(orders, fetched)]


def main():
    orders = [("X-1", 0.3), ("Y-22", 0.1), ("Z-333", 0.2)]
    started = time.perf_counter()
    print(process_orders(orders))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
