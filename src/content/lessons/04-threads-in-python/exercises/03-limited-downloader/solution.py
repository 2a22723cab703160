import threading
import time

from mirror import download


def download_all(files, limit):
    """Downloads every (name, seconds) pair in `files` using threads,
    with at most `limit` downloads running at the same time.

    Returns what download() returned for each file, in the order of `files`.
    """
    results = [None] * len(files)

    def download_into(index, name, seconds):
        results[index] = download(name, seconds)

    # Work through the files in batches of `limit`: start a batch, wait for
    # all of it, then start the next. No more than `limit` threads ever run.
    for first in range(0, len(files), limit):
        batch = [
            threading.Thread(target=download_into, args=(index, name, seconds))
            for index, (name, seconds) in enumerate(files[first : first + limit], start=first)
        ]
        for thread in batch:
            thread.start()
        for thread in batch:
            thread.join()
    return results


def main():
    files = [("a.zip", 0.3), ("b.zip", 0.2), ("c.zip", 0.4), ("d.zip", 0.1), ("e.zip", 0.2)]
    started = time.perf_counter()
    print(download_all(files, 2))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
