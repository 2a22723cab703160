import threading
import time

from stock import count_warehouse


def stocktake(warehouses):
    """Counts every warehouse at once.

    Returns (per_warehouse, totals): per_warehouse lists (name, number of
    items) in the order of `warehouses`; totals maps each item to its count
    over all warehouses.
    """
    per_warehouse = []
    totals = {}
    lock = threading.Lock()

    def count(name):
        counts = count_warehouse(name)
        with lock:
            per_warehouse.append((name, sum(counts.values())))
            for item, number in counts.items():
                totals[item] = totals.get(item, 0) + number

    threads = [threading.Thread(target=count, args=(name,)) for name in warehouses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return per_warehouse, totals


def main():
    started = time.perf_counter()
    per_warehouse, totals = stocktake(["north", "south", "east"])
    print(per_warehouse)
    print(totals)
    print(f"stocktake took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
