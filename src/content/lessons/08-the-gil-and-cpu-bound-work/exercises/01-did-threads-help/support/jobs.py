"""Two pretend jobs: one that computes and one that waits. Each call records
start/done events numbered by round (first call of a name is round 1)."""

import time

import grader

_calls = {}


def _round(name):
    _calls[name] = _calls.get(name, 0) + 1
    return f"{name}/{_calls[name]}"


def crunch(name):
    """CPU-bound: counts the primes below 20,000. Needs the interpreter the whole time."""
    label = _round(name)
    grader.event("start:" + label)
    found = 0
    for n in range(2, 20_000):
        for d in range(2, int(n**0.5) + 1):
            if n % d == 0:
                break
        else:
            found += 1
    grader.event("done:" + label)
    return found


def fetch(name):
    """I/O-bound: blocks for 0.2 s, as if waiting on a server."""
    label = _round(name)
    grader.event("start:" + label)
    time.sleep(0.2)
    grader.event("done:" + label)
    return f"{name} fetched"
