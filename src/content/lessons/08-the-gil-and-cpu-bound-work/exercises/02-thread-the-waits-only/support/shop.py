"""A pretend shop: fetching an order waits on a server, pricing it computes."""

import time

import grader


def fetch_order(order_id, seconds):
    """Blocks for `seconds` (the server's answer time), then returns the order's items."""
    grader.event(f"fetch:{order_id}")
    print(f"{order_id}: fetching")
    time.sleep(seconds)
    grader.event(f"fetched:{order_id}")
    return [(len(order_id) + n) % 7 + 1 for n in range(40)]


def price(order_id, items):
    """CPU-bound: works out the total in cents. Needs the interpreter the whole time."""
    grader.event(f"price:{order_id}")
    total = 0
    for quantity in items:
        for _ in range(200):
            total += quantity
    return f"{order_id}: {total // 100} cents"
