import threading

from mirror import download


def download_all(files, limit):
    # A thread per file, but each is joined before the next starts: the limit
    # is respected only because nothing overlaps.
    results = [None] * len(files)

    def download_into(index, name, seconds):
        results[index] = download(name, seconds)

    for index, (name, seconds) in enumerate(files):
        thread = threading.Thread(target=download_into, args=(index, name, seconds))
        thread.start()
        thread.join()
    return results


def main():
    print(download_all([("a.zip", 0.3), ("b.zip", 0.2), ("c.zip", 0.4)], 2))


if __name__ == "__main__":
    main()
