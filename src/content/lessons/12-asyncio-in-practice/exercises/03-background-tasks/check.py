"""Harness: registers users the learner has not seen, shuts down, then looks for stray mail."""

import asyncio

NAMES = ["dee", "ada", "eli", "bo"]


async def check(learner, grader):
    ids = await grader.measure("respond", learner.register(NAMES))
    grader.value("ids", ids)
    await grader.measure("shutdown", learner.shutdown())
    grader.event("exit")
    background = getattr(learner, "background", None)
    grader.value("left-in-set", len(background) if isinstance(background, set) else "no set called background")
    # Mail that shutdown() did not wait for arrives after "exit".
    await asyncio.sleep(5)
