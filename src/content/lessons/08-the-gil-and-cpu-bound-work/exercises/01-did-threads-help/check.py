"""Harness: asks the learner's code whether threads helped a computing job and a waiting job."""

import time

from jobs import crunch, fetch

NAMES = ["north", "south", "east", "west"]


async def check(learner, grader):
    sequential, threaded = learner.measure(fetch, NAMES)
    grader.timing("io-threaded", threaded)
    grader.value("io-helped", learner.threads_helped(fetch, NAMES))
    grader.value("cpu-helped", learner.threads_helped(crunch, NAMES))
    time.sleep(1)  # let threads the learner never joined finish; free on the virtual clock
