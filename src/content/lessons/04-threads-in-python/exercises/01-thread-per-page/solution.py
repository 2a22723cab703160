import threading
import time

from web import fetch


def fetch_all(pages):
    """Fetches every (page, seconds) pair in `pages`, each in its own thread.

    Returns what fetch() returned for each page, in the order of `pages`.
    """
    results = [None] * len(pages)

    def fetch_into(index, page, seconds):
        # Writes to its own slot, so the list keeps the input order.
        results[index] = fetch(page, seconds)

    threads = [
        threading.Thread(target=fetch_into, args=(index, page, seconds))
        for index, (page, seconds) in enumerate(pages)
    ]
    # Start every thread before waiting for any: only then do the waits overlap.
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main():
    started = time.perf_counter()
    print(fetch_all([("home", 0.3), ("news", 0.5), ("about", 0.2)]))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
