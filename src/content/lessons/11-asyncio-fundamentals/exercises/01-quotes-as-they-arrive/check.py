"""Harness: asks suppliers the learner has not seen, listed so that input order,
duration order and answer order all differ from one another."""

import asyncio

SUPPLIERS = [("mill", 0.4), ("orchard", 0.1), ("dairy", 0.5), ("bakery", 0.25)]


async def check(learner, grader):
    shown = await grader.measure("total", learner.show_quotes(SUPPLIERS))
    grader.value("shown", shown)
    # Let requests that were started but never awaited finish, so the ordering
    # checks see the same events whatever the learner left running.
    await asyncio.sleep(1)
