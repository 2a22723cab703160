def ways(steps, memo=None):
    # A fresh dict on every call, and the recursive calls do not pass it on:
    # nothing is ever found in it.
    memo = {} if memo is None else memo
    if steps in memo:
        return memo[steps]
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    memo[steps] = ways(steps - 1) + ways(steps - 2) + ways(steps - 3)
    return memo[steps]


if __name__ == "__main__":
    print(ways(20))
