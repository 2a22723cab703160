"""A pretend web server for the thread-per-page exercise: every page is a blocking wait."""

import time

import grader


def fetch(page, seconds):
    """Blocks for `seconds` (as a slow server would), then returns "<page>: 200 OK".

    The start and done events are what the checks read; the printed lines
    are there so that the learner can follow a real-clock run.
    """
    grader.event("start:" + page)
    print(f"{page}: requested")
    time.sleep(seconds)
    grader.event("done:" + page)
    print(f"{page}: received")
    return f"{page}: 200 OK"
