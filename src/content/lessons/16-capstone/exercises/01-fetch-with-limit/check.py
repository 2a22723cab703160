"""Harness: fetches six stations, limit 2, timeout 1 s, and replays the in-flight log."""

import asyncio
from itertools import accumulate

import weather

STATIONS = ["lima", "cairo", "oslo", "delhi", "perth", "quito"]


async def check(learner, grader):
    weather.log.clear()
    reports = await grader.measure("total", learner.fetch_all(STATIONS, 2, 1.0))
    grader.value("reports", reports)
    await asyncio.sleep(3)  # let fetches that were started but never awaited end
    grader.value("most-in-flight", max(accumulate(weather.log), default=0))
