from concurrent.futures import ThreadPoolExecutor

from catalogue import price


def price_all(items):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(price, item) for item in items]
    prices = []
    for future in futures:
        # Checking the exception instead of re-raising it hides the failure
        # again: the caller gets None and never learns the look-up failed.
        if future.exception() is None:
            prices.append(future.result())
        else:
            prices.append(None)
    return prices


if __name__ == "__main__":
    print(price_all(["vase", "lamp", "mug"]))
