"""Pretend sensors for the timeout exercise: some are slow, some are broken."""

import asyncio

import grader

READINGS = {"attic": 17.5, "boiler": 61.0, "garage": 9.5, "hall": 19.0, "loft": 14.5}
BROKEN = {"cellar", "shed"}


async def read_sensor(name, seconds):
    """Waits `seconds` for sensor `name`, then returns its temperature in °C.

    A broken sensor raises ConnectionError instead. If the read is cancelled
    while it waits, that is recorded, so the checks can see it was stopped.
    """
    if name not in READINGS and name not in BROKEN:
        raise LookupError(f"There is no sensor called {name!r}; try one of {', '.join(READINGS)}.")
    grader.event("read:" + name)
    print(f"{name}: reading")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        grader.event("cancelled:" + name)
        print(f"{name}: read cancelled")
        raise
    if name in BROKEN:
        raise ConnectionError(f"sensor {name} is not responding")
    print(f"{name}: {READINGS[name]} °C")
    return READINGS[name]
