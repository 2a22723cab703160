import threading

from mirror import download


def download_all(files, limit):
    # Respects the limit, but appends results as each download finishes.
    results = []

    def download_and_append(name, seconds):
        results.append(download(name, seconds))

    for first in range(0, len(files), limit):
        batch = [threading.Thread(target=download_and_append, args=file) for file in files[first : first + limit]]
        for thread in batch:
            thread.start()
        for thread in batch:
            thread.join()
    return results


def main():
    print(download_all([("a.zip", 0.3), ("b.zip", 0.2), ("c.zip", 0.4)], 2))


if __name__ == "__main__":
    main()
