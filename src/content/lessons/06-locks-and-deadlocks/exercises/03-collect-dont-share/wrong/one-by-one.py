from collections import Counter

from stock import count_warehouse


def stocktake(warehouses):
    # No threads, no lock, results in order: simple, but the counts no longer
    # overlap, so the stocktake takes as long as all of them added up.
    counts = [count_warehouse(name) for name in warehouses]
    per_warehouse = [(name, sum(found.values())) for name, found in zip(warehouses, counts)]
    totals = Counter()
    for found in counts:
        totals.update(found)
    return per_warehouse, dict(totals)


if __name__ == "__main__":
    print(stocktake(["north", "south"]))
