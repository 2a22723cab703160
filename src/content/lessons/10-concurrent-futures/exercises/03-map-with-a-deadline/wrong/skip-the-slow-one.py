import time
from concurrent.futures import ThreadPoolExecutor, wait

from sensors import read


def read_all(sensors, deadline):
    """Keeps every reading that was done by the deadline, even those after the slow one."""
    pool = ThreadPoolExecutor(max_workers=len(sensors))
    futures = [pool.submit(read, sensor) for sensor in sensors]
    wait(futures, timeout=deadline)
    pool.shutdown(wait=False, cancel_futures=True)
    return [future.result() for future in futures if future.done()]


def main():
    started = time.perf_counter()
    print(read_all(["hall", "porch", "shed", "attic"], 0.5))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
