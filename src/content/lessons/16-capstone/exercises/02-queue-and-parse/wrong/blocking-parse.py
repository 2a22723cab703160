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
    # One slot per station, filled in by index, so the order of `stations`
    # survives whatever order the reports arrive and finish parsing in.
    readings = [None] * len(stations)

    async def fetch_into_queue(index, station):
        await queue.put((index, await fetch(station)))

    async def parse_worker():
        while True:
            item = await queue.get()
            if item is None:  # the sentinel: no more reports are coming
                return
            index, raw = item
            readings[index] = parse(raw)  # blocks the loop: nothing else runs meanwhile

    parsers = [asyncio.create_task(parse_worker()) for _ in range(workers)]
    await asyncio.gather(*(fetch_into_queue(index, station) for index, station in enumerate(stations)))
    for _ in parsers:
        await queue.put(None)  # one sentinel for each worker
    await asyncio.gather(*parsers)
    return readings


async def main():
    started = time.perf_counter()
    for reading in await pipeline(["oslo", "perth", "lima"]):
        print(reading)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
