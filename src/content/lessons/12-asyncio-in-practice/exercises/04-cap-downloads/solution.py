import asyncio
import time

from mirror import download


async def download_all(names, limit):
    """Downloads every file in `names`, with at most `limit` downloads in flight.

    Returns the sizes in the order of `names`.
    """
    # One semaphore shared by every download: a download holds one of its
    # `limit` slots while it runs, and the next waiting one starts as soon as
    # any slot frees up.
    slots = asyncio.Semaphore(limit)

    async def limited(name):
        async with slots:
            return await download(name)

    return await asyncio.gather(*(limited(name) for name in names))


async def main():
    started = time.perf_counter()
    sizes = await download_all(["atlas.zip", "birds.csv", "canal.mp4", "dunes.png", "elk.txt"], 3)
    print(sizes)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
