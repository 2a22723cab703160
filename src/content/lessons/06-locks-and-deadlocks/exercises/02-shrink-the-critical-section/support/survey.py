"""The pretend bird survey: slow downloads and a shared tally.

`download` is a slow wait that needs no lock. `Tally.add` reads the old
count, takes a moment to write it down and stores the new count, so two
threads inside it at once lose one another's birds: it needs the lock.
"""

import threading
import time

import grader

SIGHTINGS = {
    "marsh": ["heron", "coot", "heron", "teal"],
    "wood": ["jay", "wren", "jay"],
    "shore": ["gull", "tern", "gull", "gull", "heron"],
    "meadow": ["lark"],
    "river": ["kingfisher", "heron", "dipper"],
    "heath": ["stonechat", "lark"],
}


def download(site):
    """Downloads the list of birds seen at `site`: a slow wait (0.2 s)."""
    grader.event(f"start:{site}")
    print(f"{threading.current_thread().name}: downloading {site}")
    time.sleep(0.2)
    grader.event(f"done:{site}")
    return list(SIGHTINGS[site])


class Tally:
    """A shared bird count: the number seen at each site and in all. Not thread-safe."""

    def __init__(self):
        self.per_site = {}
        self.total = 0

    def add(self, site, birds):
        """Adds the birds seen at `site`. Hold the lock while you call it."""
        self.per_site[site] = len(birds)
        before = self.total
        time.sleep(0.01)  # writing it in the logbook takes a moment
        self.total = before + len(birds)
