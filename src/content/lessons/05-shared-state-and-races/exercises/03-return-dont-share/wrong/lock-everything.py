import threading

from archive import read

totals = {}
lock = threading.Lock()


def count_words(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def survey(titles):
    sizes = [None] * len(titles)

    def worker(index, title):
        # Safe, but the lock is held during the slow read as well, so only
        # one document is read at a time.
        with lock:
            words = read(title)
            sizes[index] = len(words)
            for word, count in count_words(words).items():
                totals[word] = totals.get(word, 0) + count

    threads = [threading.Thread(target=worker, args=(index, title)) for index, title in enumerate(titles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sizes, totals


if __name__ == "__main__":
    print(survey(["tickets", "riddles"]))
