"""Harness: six orders whose input order, wait order and finish order all differ."""

import time

ORDERS = [("A-77", 0.4), ("B-5", 0.1), ("C-123", 0.3), ("D-9", 0.5), ("E-42", 0.2), ("F-1000", 0.35)]


async def check(learner, grader):
    grader.timing("sequential-waits", sum(seconds for _, seconds in ORDERS))
    totals = await grader.measure("total", lambda: learner.process_orders(ORDERS))
    grader.value("totals", totals)
    time.sleep(2)  # let stray threads finish; free on the virtual clock
