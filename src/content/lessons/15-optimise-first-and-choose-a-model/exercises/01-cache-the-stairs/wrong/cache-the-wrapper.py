from functools import cache


def _count(steps):
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    return _count(steps - 1) + _count(steps - 2) + _count(steps - 3)


@cache
def ways(steps):
    # Only the outer call is cached: the recursion inside _count still
    # recomputes everything the first time each size is asked for.
    return _count(steps)


if __name__ == "__main__":
    print(ways(20))
