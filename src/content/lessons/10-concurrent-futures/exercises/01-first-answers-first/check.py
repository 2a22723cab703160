"""Harness: five hosts whose input order differs from their answer order."""

import time

HOSTS = [("paris", 0.4), ("lima", 0.1), ("oslo", 0.5), ("perth", 0.2), ("cairo", 0.3)]


async def check(learner, grader):
    report = await grader.measure("total", lambda: learner.check_hosts(HOSTS))
    grader.value("report", report)
    time.sleep(1)  # let stray threads finish; free on the virtual clock
