import time

from simpool import SimPool


def to_fahrenheit(celsius):
    """The task: top-level, so the pool can pickle it."""
    return round(celsius * 1.8 + 32, 1)


def choose_chunksize(count, workers):
    """How many items to send in each message to the pool."""
    return 1


def convert(readings, workers=4):
    """Converts every reading in a pool of `workers`; returns them in input order."""
    pool = SimPool(workers)
    return pool.map(to_fahrenheit, readings, chunksize=choose_chunksize(len(readings), workers))


if __name__ == "__main__":
    start = time.perf_counter()
    print(convert([n / 10 for n in range(400)])[:5], "...")
    print(f"took {time.perf_counter() - start:.2f} s")
