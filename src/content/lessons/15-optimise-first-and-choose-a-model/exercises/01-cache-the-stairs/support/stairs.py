"""The reference staircase count, deliberately uncached: the harness's baseline."""


def slow_ways(steps):
    """Ways to climb `steps` stairs taking 1, 2 or 3 at a time, recomputing everything."""
    if steps < 0:
        return 0
    if steps == 0:
        return 1
    return slow_ways(steps - 1) + slow_ways(steps - 2) + slow_ways(steps - 3)
