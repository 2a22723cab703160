"""Harness: surveys four sites the learner's main() does not use."""

import asyncio

SITES = ["shore", "heath", "river", "wood"]


async def check(learner, grader):
    grader.timing("one-download", 0.2)
    total = await grader.measure("survey", lambda: learner.survey(SITES))
    grader.value("total", total)
    await asyncio.sleep(1)  # let threads the learner never joined finish
