"""Harness: cancels one listener from outside and lets another hit a dropout."""

import asyncio


async def check(learner, grader):
    log = []
    listener = asyncio.create_task(learner.listen("quay", log))
    await asyncio.sleep(0.32)  # open at 0.05 s, messages at 0.15 s and 0.25 s
    grader.event("cancel")
    listener.cancel()
    await grader.attempt("cancelled", listener)
    grader.value("log", log)

    noisy_log = []
    await grader.attempt("dropout", learner.listen("summit", noisy_log))
    await asyncio.sleep(1)
