"""A smart meter's log: one reading per second, some of them faulty.

Every Reading counts itself while it is alive, so the checks can tell how
many readings the program held in memory at its busiest moment.
"""

_alive = 0
_peak = 0


class Reading:
    """One reading: the second it was taken and the power drawn, in watts."""

    __slots__ = ("second", "watts")

    def __init__(self, second, watts):
        global _alive, _peak
        self.second = second
        self.watts = watts
        _alive += 1
        _peak = max(_peak, _alive)

    def __del__(self):
        global _alive
        _alive -= 1

    def __repr__(self):
        return f"Reading(second={self.second}, watts={self.watts})"


def _watts(second):
    # A made-up but repeatable load curve; every 97th reading is a glitch.
    if second % 97 == 13:
        return -1
    return 150 + (second * 37) % 400


def read_log(seconds):
    """Yields the readings one at a time, like reading a huge file line by line."""
    for second in range(seconds):
        yield Reading(second, _watts(second))


def load_log(seconds):
    """Returns every reading at once in a list, like reading the whole file into memory."""
    return list(read_log(seconds))


def peak_held():
    """The most readings alive at the same time since the last reset."""
    return _peak


def reset_peak():
    """Starts a fresh count from the readings alive now."""
    global _peak
    _peak = _alive
