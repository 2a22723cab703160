"""Harness: runs four stations through the pipeline with two parse workers."""

import asyncio

STATIONS = ["lima", "oslo", "quito", "perth"]


async def check(learner, grader):
    readings = await grader.measure("total", learner.pipeline(STATIONS, 2))
    grader.value("readings", readings)
    await asyncio.sleep(3)  # let stray fetches and parses end
