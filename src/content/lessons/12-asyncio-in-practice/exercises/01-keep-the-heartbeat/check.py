"""Harness: calibrates probes the learner has not seen while the heartbeat runs."""

import asyncio
import time

import lab

PROBES = ["salt", "ph", "oxygen"]
# The heartbeat beats every 0.45 s and each probe settles for 1.0 s, so a
# beat and a reading are always at least 0.1 s apart: their order is well
# defined even if the machine is slow.
INTERVAL = 0.45


async def check(learner, grader):
    lab.beat_times.clear()
    started = time.perf_counter()
    monitor = asyncio.create_task(lab.heartbeat(8, INTERVAL))
    readings = await grader.measure("total", learner.calibrate(PROBES))
    grader.value("readings", readings)
    await monitor
    # The monitor's longest silence, counted from the moment it was started:
    # a frozen loop delays even its first beat.
    times = [started, *lab.beat_times]
    grader.timing("longest-silence", max(later - earlier for earlier, later in zip(times, times[1:])))
    await asyncio.sleep(1)
