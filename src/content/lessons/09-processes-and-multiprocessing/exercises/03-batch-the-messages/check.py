import asyncio

import simpool

# Not main()'s readings: 1,200 of them, for 4 workers.
READINGS = [((n * 37) % 500) / 10 - 10 for n in range(1200)]
WORKERS = 4


async def check(learner, grader):
    if not callable(getattr(learner, "convert", None)):
        raise TypeError("the program no longer defines convert(readings, workers)")
    # The best any split could do: the work shared perfectly, with free messages.
    grader.timing("ideal", simpool.ITEM_COST * len(READINGS) / WORKERS)
    converted = await grader.measure("total", lambda: learner.convert(READINGS, WORKERS))
    grader.value("first-and-last", [converted[:3], converted[-3:], len(converted)] if converted else None)
    await asyncio.sleep(0)
