"""The lab bench for the heartbeat exercise: a monitor that must keep beating
while probes are calibrated, and the probes themselves."""

import asyncio
import time

import grader

PROBE_VALUES = {"ph": 7.0, "temp": 21.5, "oxygen": 8.2, "salt": 35.1}

# When each beat happened, so the harness can find the longest silence.
beat_times = []


async def heartbeat(beats, interval):
    """Beats `beats` times, `interval` seconds apart: the monitor's sign of life."""
    for number in range(1, beats + 1):
        beat_times.append(time.perf_counter())
        grader.event(f"beat:{number}")
        print(f"  ♥ beat {number}")
        await asyncio.sleep(interval)


def read_probe(name):
    """Reads a probe that has already settled. Instant, so it is safe on the loop."""
    if name not in PROBE_VALUES:
        raise ValueError(f"There is no probe called {name!r}; try one of {sorted(PROBE_VALUES)}.")
    grader.event(f"read:{name}")
    print(f"read {name}: {PROBE_VALUES[name]}")
    return PROBE_VALUES[name]
