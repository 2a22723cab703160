"""Harness: backs up databases the learner has not seen and notes when the call returns."""

import time

DATABASES = ["logs", "mail", "orders", "wiki"]


async def check(learner, grader):
    await grader.measure("total", lambda: learner.back_up_all(DATABASES))
    grader.event("returned")
    # Let threads that were never joined finish, so every done: event is
    # recorded either way. Free on the virtual clock.
    time.sleep(1)
