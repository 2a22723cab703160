"""A pretend download mirror that counts how many downloads run at the same time."""

import threading
import time

import grader

_lock = threading.Lock()
_running = 0
peak = 0  # the most downloads that were ever running at once


def download(name, seconds):
    """Blocks for `seconds` while `name` downloads, then returns "<name> saved"."""
    global _running, peak
    with _lock:
        _running += 1
        peak = max(peak, _running)
    grader.event("start:" + name)
    print(f"{name}: downloading ({_running} running)")
    time.sleep(seconds)
    with _lock:
        _running -= 1
    grader.event("done:" + name)
    print(f"{name}: saved")
    return f"{name} saved"
