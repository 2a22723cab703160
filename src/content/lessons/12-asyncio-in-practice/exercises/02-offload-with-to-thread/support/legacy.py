"""An old reporting library with no async API: every call blocks its thread."""

import time

import grader

SALES = {"north": 1200, "south": 950, "east": 1430, "west": 780, "central": 2010}
DELAYS = {"north": 0.8, "south": 0.6, "east": 1.0, "west": 0.4, "central": 0.7}


def fetch_report(region):
    """Fetches one region's sales figure the old way: a blocking call.

    Blocks the calling thread for that region's delay, then returns a dict.
    """
    if region not in SALES:
        raise ValueError(f"There is no region called {region!r}; try one of {sorted(SALES)}.")
    grader.event(f"start:{region}")
    print(f"{region}: fetching")
    time.sleep(DELAYS[region])  # the library's blocking network call
    grader.event(f"done:{region}")
    print(f"{region}: {SALES[region]}")
    return {"region": region, "sales": SALES[region]}
