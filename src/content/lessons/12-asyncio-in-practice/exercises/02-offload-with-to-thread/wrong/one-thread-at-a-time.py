import asyncio

from legacy import fetch_report


async def build_dashboard(regions):
    reports = []
    for region in regions:
        # Each call runs in a thread, but the next one only starts after
        # this one has been awaited to the end.
        reports.append(await asyncio.to_thread(fetch_report, region))
    return reports


if __name__ == "__main__":
    print(asyncio.run(build_dashboard(["north", "south"])))
