"""Harness: runs three baristas the learner has not seen and captures the formatted log."""

import logging


ORDERS = {"noor": ["mocha", "chai"], "ivo": ["latte"], "kai": ["espresso", "cortado"]}


class Capture(logging.Handler):
    """Keeps every formatted line instead of printing it."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


async def check(learner, grader):
    capture = Capture()
    capture.setFormatter(logging.Formatter(learner.FORMAT))
    cafe_log = logging.getLogger("cafe")
    cafe_log.addHandler(capture)
    cafe_log.setLevel(logging.INFO)
    cafe_log.propagate = False
    try:
        await grader.measure("total", lambda: learner.run_baristas(ORDERS))
    finally:
        cafe_log.removeHandler(capture)
    # Sorted, so the check reads what each line says, not how the seeded
    # scheduler happened to interleave them.
    grader.value("lines", sorted(capture.lines))
