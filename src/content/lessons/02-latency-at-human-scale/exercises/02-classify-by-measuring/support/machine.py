"""A pretend computer with a meter that counts how long its processor is busy.

On your own machine, time.process_time() is such a meter. The browser cannot
tell Python how busy the processor is, so this module keeps its own count.
"""

import time

import grader

_busy_seconds = 0.0


def cpu_time():
    """Seconds the processor has spent computing since the program started."""
    return _busy_seconds


def compute(seconds):
    """Keeps the processor busy for `seconds` (the meter runs)."""
    global _busy_seconds
    time.sleep(seconds)  # stands in for real computation, so checks stay quick
    _busy_seconds += seconds


def wait_for_io(seconds):
    """Waits `seconds` for a disk or a network (the meter stands still)."""
    time.sleep(seconds)


def make_task(name, steps):
    """Returns a function that runs `steps`, a list of ("cpu" | "io", seconds) pairs."""

    def task():
        grader.event("run:" + name)
        print(f"{name}: running")
        for kind, seconds in steps:
            if kind == "cpu":
                compute(seconds)
            else:
                wait_for_io(seconds)

    task.__name__ = name
    return task
