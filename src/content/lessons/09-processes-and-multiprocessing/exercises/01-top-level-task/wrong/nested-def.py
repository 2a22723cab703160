from worker import run_in_worker


def convert_all(prices, rate):
    """Converts every price with `rate` in a worker process; returns the new prices in order."""

    def convert(price):
        return round(price * rate, 2)

    return run_in_worker(convert, prices)


if __name__ == "__main__":
    print(convert_all([10.0, 4.5, 99.99], 0.92))
