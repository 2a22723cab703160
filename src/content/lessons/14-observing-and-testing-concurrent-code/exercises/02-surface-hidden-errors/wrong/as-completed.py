from concurrent.futures import ThreadPoolExecutor, as_completed

from catalogue import price


def price_all(items):
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(price, item) for item in items]
        # .result() surfaces the errors, but as_completed yields in finish order.
        return [future.result() for future in as_completed(futures)]


if __name__ == "__main__":
    print(price_all(["vase", "lamp", "mug"]))
