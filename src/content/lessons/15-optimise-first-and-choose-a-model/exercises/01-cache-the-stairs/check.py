"""Harness: times the learner's ways(24) against the uncached reference."""

import stairs

SIZE = 24  # about 1.4 million calls uncached: a few tenths of a second


async def check(learner, grader):
    await grader.measure("uncached", lambda: stairs.slow_ways(SIZE))
    # The learner's function is timed first, before anything could warm a cache.
    await grader.measure("yours", lambda: learner.ways(SIZE))
    grader.value("counts", [learner.ways(steps) for steps in (0, 1, 2, 5, SIZE)])
