"""Pretend weather stations for the dashboard: slow to answer, one very slow."""

import asyncio
import time

import grader

# How long each station takes to answer, in seconds. Cairo's link is bad.
DELAYS = {"oslo": 0.3, "lima": 0.5, "cairo": 2.0, "perth": 0.2, "quito": 0.4, "delhi": 0.6}
# What each station sends back: "<station>;<°C>;<humidity %>".
RAW = {
    "oslo": "oslo;4.5;81",
    "lima": "lima;19.0;77",
    "cairo": "cairo;31.5;22",
    "perth": "perth;24.0;40",
    "quito": "quito;13.5;70",
    "delhi": "delhi;33.0;35",
}
# The old parser is slow and blocking: it holds its thread this long.
PARSE_SECONDS = 0.3

# +1 when a fetch starts, -1 when it ends however it ends: the checks replay
# this log to find how many fetches were in flight at once.
log = []


async def fetch(station):
    """Fetches one station's raw report; waits that station's delay."""
    if station not in DELAYS:
        raise ValueError(f"There is no station called {station!r}; try one of {sorted(DELAYS)}.")
    log.append(1)
    grader.event(f"fetch:start:{station}")
    print(f"{station}: fetching ({sum(log)} in flight)")
    try:
        await asyncio.sleep(DELAYS[station])
    except asyncio.CancelledError:
        grader.event(f"fetch:cancelled:{station}")
        print(f"{station}: cancelled")
        raise
    finally:
        log.append(-1)
    grader.event(f"fetch:done:{station}")
    print(f"{station}: answered")
    return RAW[station]


def parse(raw):
    """Parses one raw report into a dict. Blocking: call it from a thread."""
    station, celsius, humidity = raw.split(";")
    grader.event(f"parse:start:{station}")
    time.sleep(PARSE_SECONDS)  # the parser's slow, blocking work
    grader.event(f"parse:done:{station}")
    return {"station": station, "celsius": float(celsius), "humidity": int(humidity)}


class Display:
    """The dashboard's screen: shows readings until it is closed."""

    def __init__(self):
        self.closed = False

    def show(self, reading):
        station = reading["station"]
        if self.closed:
            grader.event(f"display:late:{station}")
            raise RuntimeError(f"the display is closed; {station} arrived too late")
        grader.event(f"display:show:{station}")
        print(f"DISPLAY  {station:6} {reading['celsius']:5.1f} °C")

    def close(self):
        self.closed = True
        grader.event("display:close")
        print("DISPLAY  closed")
