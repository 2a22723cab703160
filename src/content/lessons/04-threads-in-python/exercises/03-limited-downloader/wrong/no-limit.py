import threading

from mirror import download


def download_all(files, limit):
    # One thread per file and all of them at once: fast, but ignores `limit`.
    results = [None] * len(files)

    def download_into(index, name, seconds):
        results[index] = download(name, seconds)

    threads = [
        threading.Thread(target=download_into, args=(index, name, seconds))
        for index, (name, seconds) in enumerate(files)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main():
    print(download_all([("a.zip", 0.3), ("b.zip", 0.2), ("c.zip", 0.4)], 2))


if __name__ == "__main__":
    main()
