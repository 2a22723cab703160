import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from stock import count_warehouse


def stocktake(warehouses):
    """Counts every warehouse at once.

    Returns (per_warehouse, totals): per_warehouse lists (name, number of
    items) in the order of `warehouses`; totals maps each item to its count
    over all warehouses.
    """
    # Each worker gets a name and returns its own counts; nothing is shared,
    # so nothing needs a lock. map() hands the results back in input order.
    with ThreadPoolExecutor(max_workers=len(warehouses)) as pool:
        counts = list(pool.map(count_warehouse, warehouses))
    # Merge once, in one thread, after every worker is done.
    per_warehouse = [(name, sum(found.values())) for name, found in zip(warehouses, counts)]
    totals = Counter()
    for found in counts:
        totals.update(found)
    return per_warehouse, dict(totals)


def main():
    started = time.perf_counter()
    per_warehouse, totals = stocktake(["north", "south", "east"])
    print(per_warehouse)
    print(totals)
    print(f"stocktake took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
