"""Harness: four feeds that answer and two that fail, in mixed order."""

import time

FEEDS = ["markets", "sport", "weather", "traffic", "arts"]


async def check(learner, grader):
    outcome = {}

    def run():
        outcome["value"] = learner.load_all(FEEDS)

    await grader.attempt("load-all", grader.measure("total", run))
    loaded, failed = outcome.get("value", ({}, {}))
    grader.value("loaded", {name: loaded[name] for name in sorted(loaded)})
    grader.value("failed", {name: failed[name] for name in sorted(failed)})
    time.sleep(1)  # let stray threads finish; free on the virtual clock
