"""Harness: one quick sensor, one slow one and one broken one, none of them in main()."""

import asyncio


async def check(learner, grader):
    quick = await grader.attempt("quick", learner.read_or_default("boiler", 0.1, 0.3, None))
    grader.value("quick", quick)
    slow = await grader.attempt("slow", learner.read_or_default("attic", 2.0, 0.25, -1.0))
    grader.value("slow", slow)
    await grader.attempt("broken", learner.read_or_default("cellar", 0.05, 0.3, -1.0))
    await asyncio.sleep(3)  # let a read that was never stopped finish, so it shows up
