import threading

from archive import read

# Shared by every thread: each one adds its document's words here.
totals = {}
sizes = []


def count_words(words):
    """Should return a new dict {word: how many times it occurs in `words`}."""
    for word in words:
        totals[word] = totals.get(word, 0) + 1
    return totals


def survey(titles):
    """Reads every document in its own thread.

    Returns (sizes, totals): the number of words of each document, in the
    order of `titles`, and the word counts of all documents together.
    """

    def worker(title):
        words = read(title)
        count_words(words)
        sizes.append(len(words))

    threads = [threading.Thread(target=worker, args=(title,)) for title in titles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sizes, totals


def main():
    sizes, counts = survey(["tickets", "riddles"])
    print(sizes)
    print(counts)


if __name__ == "__main__":
    main()
