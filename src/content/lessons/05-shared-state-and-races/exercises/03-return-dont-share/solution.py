import threading

from archive import read


def count_words(words):
    """Returns a new dict {word: how many times it occurs in `words`}."""
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def survey(titles):
    """Reads every document in its own thread.

    Returns (sizes, totals): the number of words of each document, in the
    order of `titles`, and the word counts of all documents together.
    """
    # Each thread owns one slot and touches nothing else; only the main
    # thread combines the results, after every worker has finished.
    results = [None] * len(titles)

    def worker(index, title):
        results[index] = read(title)

    threads = [threading.Thread(target=worker, args=(index, title)) for index, title in enumerate(titles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    sizes = [len(words) for words in results]
    totals = {}
    for words in results:
        for word, count in count_words(words).items():
            totals[word] = totals.get(word, 0) + count
    return sizes, totals


def main():
    sizes, counts = survey(["tickets", "riddles"])
    print(sizes)
    print(counts)


if __name__ == "__main__":
    main()
