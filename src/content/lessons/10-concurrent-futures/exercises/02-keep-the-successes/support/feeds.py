"""Pretend news feeds: some answer, some fail after a while."""

import time

import grader

# How each feed behaves: seconds before it answers, and the error it raises (if any).
BEHAVIOUR = {
    "weather": (0.2, None),
    "sport": (0.1, ConnectionError("sport: connection reset")),
    "markets": (0.4, None),
    "traffic": (0.3, TimeoutError("traffic: no answer")),
    "science": (0.15, None),
    "arts": (0.25, None),
}


def load(feed):
    """Blocks for the feed's delay, then returns its headline count or raises its error."""
    seconds, error = BEHAVIOUR.get(feed, (0.1, None))
    grader.event("start:" + feed)
    time.sleep(seconds)
    grader.event("done:" + feed)
    if error is not None:
        raise error
    return len(feed) * 3
