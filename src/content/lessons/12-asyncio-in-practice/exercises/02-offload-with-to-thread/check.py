"""Harness: builds a dashboard for regions the learner has not seen."""

import asyncio

from legacy import DELAYS

# Input order, delay order and finish order all differ.
REGIONS = ["central", "west", "east", "south"]


async def check(learner, grader):
    grader.timing("slowest-fetch", max(DELAYS[region] for region in REGIONS))
    reports = await grader.measure("total", learner.build_dashboard(REGIONS))
    grader.value("reports", reports)
    await asyncio.sleep(2)
