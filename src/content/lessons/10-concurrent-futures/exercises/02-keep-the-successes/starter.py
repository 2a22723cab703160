from concurrent.futures import ThreadPoolExecutor

from feeds import load


def load_all(feeds):
    """Loads every feed at the same time.

    Returns (loaded, failed): loaded maps each feed that worked to its result;
    failed maps each feed that raised to the name of its exception type.
    """
    loaded, failed = {}, {}
    with ThreadPoolExecutor(max_workers=len(feeds)) as pool:
        futures = {feed: pool.submit(load, feed) for feed in feeds}
    for feed, future in futures.items():
        loaded[feed] = future.result()  # TODO: a failed feed must not stop the others
    return loaded, failed


def main():
    loaded, failed = load_all(["weather", "sport", "science", "traffic"])
    print("loaded:", loaded)
    print("failed:", failed)


if __name__ == "__main__":
    main()
