import time


def ways(steps):
    """How many ways there are to climb `steps` stairs taking 1, 2 or 3 at a time."""
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    return ways(steps - 1) + ways(steps - 2) + ways(steps - 3)


def main():
    for steps in (10, 20, 24):
        started = time.perf_counter()
        count = ways(steps)
        print(f"ways({steps}) = {count} in {time.perf_counter() - started:.4f} s")


if __name__ == "__main__":
    main()
