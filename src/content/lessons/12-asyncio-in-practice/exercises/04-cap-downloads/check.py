"""Harness: downloads seven files with a limit of three and replays the mirror's log."""

import asyncio
from itertools import accumulate

import mirror

NAMES = ["atlas.zip", "birds.csv", "canal.mp4", "dunes.png", "elk.txt", "fjord.tar", "geese.json"]


async def check(learner, grader):
    mirror.log.clear()
    sizes = await grader.measure("total", learner.download_all(NAMES, 3))
    grader.value("sizes", sizes)
    await asyncio.sleep(3)  # let downloads that were started but not awaited end
    grader.value("most-at-once", max(accumulate(mirror.log), default=0))
