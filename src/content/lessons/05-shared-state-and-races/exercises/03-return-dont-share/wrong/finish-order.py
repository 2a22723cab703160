import threading

from archive import read


def count_words(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def survey(titles):
    finished = []

    def worker(title):
        # Returns results instead of sharing counts, but appends them in the
        # order the documents arrive.
        finished.append(read(title))

    threads = [threading.Thread(target=worker, args=(title,)) for title in titles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    totals = {}
    for words in finished:
        for word, count in count_words(words).items():
            totals[word] = totals.get(word, 0) + count
    return [len(words) for words in finished], totals


if __name__ == "__main__":
    print(survey(["tickets", "riddles"]))
