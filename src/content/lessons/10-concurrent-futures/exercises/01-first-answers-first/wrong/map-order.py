import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from hosts import ping


def check_hosts(hosts):
    """Pings every (host, seconds) pair at the same time.

    Returns the answers in the order they arrive, fastest first.
    """
    with ThreadPoolExecutor(max_workers=len(hosts)) as pool:
        names = [host for host, _ in hosts]
        waits = [seconds for _, seconds in hosts]
        return list(pool.map(ping, names, waits))


def main():
    hosts = [("rome", 0.3), ("kyiv", 0.1), ("quito", 0.2)]
    started = time.perf_counter()
    print(check_hosts(hosts))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
