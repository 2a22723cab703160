import time
from concurrent.futures import ThreadPoolExecutor

from sensors import read


def read_all(sensors, deadline):
    """Stops collecting at the deadline, but the with block waits for the slow sensor."""
    readings = []
    with ThreadPoolExecutor(max_workers=len(sensors)) as pool:
        try:
            for reading in pool.map(read, sensors, timeout=deadline):
                readings.append(reading)
        except TimeoutError:
            pass
    return readings


def main():
    started = time.perf_counter()
    print(read_all(["hall", "porch", "shed", "attic"], 0.5))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
