import time
from concurrent.futures import ThreadPoolExecutor

from sensors import read


def read_all(sensors, deadline):
    """Reads every sensor at the same time, giving up after `deadline` seconds.

    Returns the readings in the order of `sensors`, up to the first sensor
    that had not answered by the deadline.
    """
    pool = ThreadPoolExecutor(max_workers=len(sensors))
    readings = []
    try:
        for reading in pool.map(read, sensors, timeout=deadline):
            readings.append(reading)
    except TimeoutError:
        pass  # keep what arrived in time
    finally:
        # Do not wait for the stragglers: a `with` block would, on the way out.
        pool.shutdown(wait=False, cancel_futures=True)
    return readings


def main():
    started = time.perf_counter()
    print(read_all(["hall", "porch", "shed", "attic"], 0.5))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
