"""Harness: surveys four documents the learner has not seen, and calls count_words twice."""

import time

TITLES = ["diaries", "letters", "recipes", "ballads"]


async def check(learner, grader):
    grader.timing("longest-read", 0.5)
    sizes, totals = await grader.measure("total", lambda: learner.survey(TITLES))
    grader.value("sizes", sizes)
    grader.value("totals", dict(totals))
    time.sleep(1)  # let unjoined threads finish; free on the virtual clock
    # A pure count_words gives the same answer every time it is called.
    words = ["to", "be", "or", "not", "to", "be"]
    grader.value("count-twice", [dict(learner.count_words(words)), dict(learner.count_words(words))])
