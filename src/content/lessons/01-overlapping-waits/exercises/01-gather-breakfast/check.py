"""Harness: cooks a menu the learner has not seen, so no answer can be hard-coded."""

import asyncio

# Input order differs from both duration order and finish order, so a result
# list in finish order (juice first) cannot pass as input order by accident.
ORDER = [("tea", 0.4), ("porridge", 0.6), ("toast", 0.2), ("juice", 0.1)]


async def check(learner, grader):
    breakfast = await grader.measure("total", learner.make_breakfast(ORDER))
    grader.value("breakfast", breakfast)
    # Let dishes that were started but never awaited finish too, so the
    # ordering checks see every event. Free on the virtual clock.
    await asyncio.sleep(1)
