from concurrent.futures import ThreadPoolExecutor

from catalogue import price


def price_all(items):
    """Looks up every item's price in a pool of threads.

    Returns the prices in the order of `items`; if any look-up fails, raises its error.
    """
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(price, item) for item in items]
    # A worker's exception waits inside its future; .result() re-raises it
    # here. Reading the futures in submission order keeps the input order.
    return [future.result() for future in futures]


def main():
    print(price_all(["vase", "lamp", "mug"]))
    print(price_all(["lamp", "sofa"]))  # there is no sofa: this should fail loudly


if __name__ == "__main__":
    main()
