"""The bank's audit ledger: writing to it blocks for a moment, like a network call."""

import time

import grader


def record(source, target, amount):
    """Writes one transfer to the audit ledger (blocks for 0.01 s)."""
    grader.event(f"record:{source}>{target}")
    time.sleep(0.01)
