"""Harness: downloads seven files with a limit of three and asks the mirror how many ran at once."""

import time

import mirror

# Finish order differs from input order inside every batch of three.
FILES = [
    ("maps.tar", 0.3),
    ("fonts.zip", 0.1),
    ("docs.pdf", 0.2),
    ("music.ogg", 0.4),
    ("logo.svg", 0.2),
    ("video.mp4", 0.1),
    ("notes.txt", 0.3),
]
LIMIT = 3


async def check(learner, grader):
    files = await grader.measure("total", lambda: learner.download_all(FILES, LIMIT))
    grader.value("files", files)
    time.sleep(2)  # let stray threads finish before reading the peak; free on the virtual clock
    grader.value("over-limit", mirror.peak > LIMIT)
    grader.value("overlapped", mirror.peak > 1)
