"""The pretend parcel depot: packing an order is a slow wait (0.1 s)."""

import threading
import time

import grader


def pack(order):
    """Packs one order (0.1 s) and returns the parcel's label."""
    grader.event(f"packing:{order}")
    time.sleep(0.1)
    grader.event(f"packed:{order}")
    print(f"{threading.current_thread().name}: packed {order}")
    return f"parcel for {order}"
