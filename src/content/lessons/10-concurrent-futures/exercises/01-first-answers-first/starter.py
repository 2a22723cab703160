import time
from concurrent.futures import ThreadPoolExecutor, as_completed

from hosts import ping


def check_hosts(hosts):
    """Pings every (host, seconds) pair at the same time.

    Returns the answers in the order they arrive, fastest first.
    """
    # TODO: submit every ping to a ThreadPoolExecutor and collect the
    # answers with as_completed.
    return [ping(host, seconds) for host, seconds in hosts]


def main():
    hosts = [("rome", 0.3), ("kyiv", 0.1), ("quito", 0.2)]
    started = time.perf_counter()
    print(check_hosts(hosts))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
