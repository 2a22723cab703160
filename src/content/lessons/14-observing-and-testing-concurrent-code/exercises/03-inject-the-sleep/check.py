"""Harness: drives fetch_with_retry with a fake fetch and a fake sleep, no real waiting."""


def scripted(grader, prefix, replies):
    """A fake fetch that plays `replies` in turn, raising the exceptions among them."""
    replies = list(replies)
    calls = 0

    def fetch():
        nonlocal calls
        calls += 1
        grader.event(f"{prefix}call:{calls}")
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    return fetch


def recording_sleep(grader, prefix, log):
    """A fake sleep: records how long it was asked to wait and returns at once."""

    def sleep(seconds):
        grader.event(f"{prefix}sleep:{seconds}")
        log.append(seconds)

    return sleep


async def check(learner, grader):
    flaky = scripted(grader, "", [ConnectionError("timed out"), ConnectionError("reset"), "forecast: sunny"])
    waits = []
    page = await grader.measure(
        "total",
        lambda: learner.fetch_with_retry(flaky, attempts=4, delay=0.25, sleep=recording_sleep(grader, "", waits)),
    )
    grader.value("page", page)

    down = scripted(grader, "down-", [ConnectionError("refused")] * 5)
    down_waits = []
    await grader.attempt(
        "gives-up",
        lambda: learner.fetch_with_retry(down, attempts=3, delay=0.1, sleep=recording_sleep(grader, "down-", down_waits)),
    )
    grader.value("down-waits", down_waits)
