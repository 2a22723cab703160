"""The pretend warehouses for the stocktake exercise.

Counting a warehouse is a slow wait whose length differs per warehouse, so
the counts finish in a different order from the one they were asked for.
"""

import threading
import time
from types import MappingProxyType

import grader

SHELVES = {
    "north": ({"bolts": 40, "nuts": 25}, 0.3),
    "south": ({"bolts": 10, "hinges": 6}, 0.1),
    "east": ({"nuts": 5, "hinges": 2, "washers": 60}, 0.4),
    "west": ({"washers": 15}, 0.2),
    "docks": ({"bolts": 7, "washers": 3}, 0.25),
}


def count_warehouse(name):
    """Counts one warehouse (a slow wait); returns a read-only {item: count} mapping."""
    counts, seconds = SHELVES[name]
    grader.event(f"start:{name}")
    print(f"{threading.current_thread().name}: counting {name}")
    time.sleep(seconds)
    grader.event(f"done:{name}")
    return MappingProxyType(dict(counts))
