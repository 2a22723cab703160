"""Harness: summarises a day's log and asks the meter how many readings were held at once."""

import meter

SECONDS = 20_000


async def check(learner, grader):
    meter.reset_peak()
    summary = await grader.measure("summarise", lambda: learner.summarise(SECONDS))
    grader.value("summary", summary)
    peak = meter.peak_held()
    grader.value("held-at-once", "a handful" if peak <= 5 else f"{peak} readings")
