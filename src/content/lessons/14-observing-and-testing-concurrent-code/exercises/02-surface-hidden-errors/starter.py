from concurrent.futures import ThreadPoolExecutor

from catalogue import price


def price_all(items):
    """Looks up every item's price in a pool of threads.

    Returns the prices in the order of `items`; if any look-up fails, raises its error.
    """
    prices = []

    def job(item):
        prices.append(price(item))

    with ThreadPoolExecutor(max_workers=4) as pool:
        for item in items:
            pool.submit(job, item)
    return prices


def main():
    print(price_all(["vase", "lamp", "mug"]))
    print(price_all(["lamp", "sofa"]))  # there is no sofa: this should fail loudly


if __name__ == "__main__":
    main()
