import asyncio
import time

from legacy import fetch_report


async def build_dashboard(regions):
    """Fetches a report for every region in `regions`.

    Returns the reports in the order of `regions`.
    """
    # to_thread runs each blocking call in a worker thread and gives the loop
    # an awaitable for it, so the calls overlap and the loop stays free.
    return await asyncio.gather(*(asyncio.to_thread(fetch_report, region) for region in regions))


async def main():
    started = time.perf_counter()
    print(await build_dashboard(["north", "south", "east"]))
    print(f"dashboard took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
