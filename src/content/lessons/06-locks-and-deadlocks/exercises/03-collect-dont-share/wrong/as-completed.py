from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed

from stock import count_warehouse


def stocktake(warehouses):
    with ThreadPoolExecutor() as pool:
        futures = {pool.submit(count_warehouse, name): name for name in warehouses}
        # Collected results, but in the order the counts finished.
        per_warehouse = []
        totals = Counter()
        for future in as_completed(futures):
            found = future.result()
            per_warehouse.append((futures[future], sum(found.values())))
            totals.update(found)
    return per_warehouse, dict(totals)


if __name__ == "__main__":
    print(stocktake(["north", "south"]))
