import asyncio

from legacy import fetch_report


async def fetch_async(region):
    # async def does not make the call inside it cooperative: this still
    # blocks the loop for the whole fetch.
    return fetch_report(region)


async def build_dashboard(regions):
    return await asyncio.gather(*(fetch_async(region) for region in regions))


if __name__ == "__main__":
    print(asyncio.run(build_dashboard(["north", "south"])))
