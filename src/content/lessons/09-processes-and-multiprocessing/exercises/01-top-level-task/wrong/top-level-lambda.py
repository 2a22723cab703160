from worker import run_in_worker

convert = lambda job: round(job[0] * job[1], 2)


def convert_all(prices, rate):
    """Converts every price with `rate` in a worker process; returns the new prices in order."""
    return run_in_worker(convert, [(price, rate) for price in prices])


if __name__ == "__main__":
    print(convert_all([10.0, 4.5, 99.99], 0.92))
