"""A pretend document archive: reading a document blocks, like a slow disk or server."""

import time

import grader

# title: (seconds to read it, its text)
_DOCUMENTS = {
    "ballads": (0.2, "the rain falls on the hill " * 40),
    "letters": (0.5, "dear friend the rain stopped " * 60),
    "recipes": (0.1, "stir the soup then taste the soup " * 30),
    "diaries": (0.3, "today the hill was green " * 50),
    "tickets": (0.4, "one ticket to the sea " * 25),
    "riddles": (0.2, "what falls but never breaks " * 20),
}


def read(title):
    """Blocks while `title` is fetched, then returns its words as a list."""
    seconds, text = _DOCUMENTS[title]
    grader.event("start:" + title)
    time.sleep(seconds)
    grader.event("done:" + title)
    return text.split()
