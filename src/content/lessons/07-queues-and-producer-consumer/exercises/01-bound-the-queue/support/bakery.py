"""The pretend bakery: a quick oven and a slow decorator.

The events say when each cake was baked and when its decoration started and
ended; the checks read them to see how far the oven ran ahead.
"""

import threading
import time

import grader


def bake(number):
    """Bakes cake `number` (0.01 s) and returns it."""
    time.sleep(0.01)
    grader.event(f"baked:{number}")
    print(f"{threading.current_thread().name}: baked cake {number}")
    return f"cake {number}"


def decorate(cake):
    """Decorates a cake (0.1 s) and returns it, decorated."""
    number = cake.split()[-1]
    grader.event(f"decorating:{number}")
    time.sleep(0.1)
    grader.event(f"decorated:{number}")
    print(f"{threading.current_thread().name}: decorated {cake}")
    return f"decorated {cake}"
