import threading

from web import fetch


def fetch_all(pages):
    results = [None] * len(pages)

    def fetch_into(index, page, seconds):
        results[index] = fetch(page, seconds)

    threads = []
    for index, (page, seconds) in enumerate(pages):
        # target=fetch_into(...) CALLS the function here, in the main thread,
        # and hands its return value (None) to Thread as the target.
        threads.append(threading.Thread(target=fetch_into(index, page, seconds)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main():
    print(fetch_all([("home", 0.3), ("news", 0.5), ("about", 0.2)]))


if __name__ == "__main__":
    main()
