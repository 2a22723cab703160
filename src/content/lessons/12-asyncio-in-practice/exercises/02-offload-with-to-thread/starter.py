import asyncio
import time

from legacy import fetch_report


async def build_dashboard(regions):
    """Fetches a report for every region in `regions`.

    Returns the reports in the order of `regions`.
    """
    # fetch_report blocks: each call freezes the loop until it returns.
    return [fetch_report(region) for region in regions]


async def main():
    started = time.perf_counter()
    print(await build_dashboard(["north", "south", "east"]))
    print(f"dashboard took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
