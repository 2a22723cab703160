import threading

from web import fetch


def fetch_all(pages):
    results = []

    def fetch_and_append(page, seconds):
        # Each thread appends when its page arrives: finish order, not input order.
        results.append(fetch(page, seconds))

    threads = [threading.Thread(target=fetch_and_append, args=(page, seconds)) for page, seconds in pages]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def main():
    print(fetch_all([("home", 0.3), ("news", 0.5), ("about", 0.2)]))


if __name__ == "__main__":
    main()
