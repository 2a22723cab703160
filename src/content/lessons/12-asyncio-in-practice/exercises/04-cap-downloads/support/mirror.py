"""A file mirror that asks clients to open at most three connections at once."""

import asyncio

import grader

FILES = {
    "atlas.zip": (0.6, 410),
    "birds.csv": (1.0, 72),
    "canal.mp4": (0.4, 980),
    "dunes.png": (0.8, 35),
    "elk.txt": (0.2, 2),
    "fjord.tar": (0.6, 640),
    "geese.json": (0.4, 11),
}

# +1 when a download starts, -1 when it ends: the harness replays this log
# to find how many downloads were in flight at once.
log = []


async def download(name):
    """Downloads one file; returns its size in MB after the file's transfer time."""
    if name not in FILES:
        raise ValueError(f"The mirror has no file called {name!r}; try one of {sorted(FILES)}.")
    seconds, size = FILES[name]
    log.append(1)
    grader.event(f"start:{name}")
    print(f"{name}: downloading ({sum(log)} in flight)")
    try:
        await asyncio.sleep(seconds)
    finally:
        log.append(-1)
        grader.event(f"end:{name}")
    print(f"{name}: {size} MB")
    return size
