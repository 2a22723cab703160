import asyncio
import time

from mirror import download


async def download_all(names, limit):
    """Downloads every file in `names`, with at most `limit` downloads in flight.

    Returns the sizes in the order of `names`.
    """
    return await asyncio.gather(*(download(name) for name in names))


async def main():
    started = time.perf_counter()
    sizes = await download_all(["atlas.zip", "birds.csv", "canal.mp4", "dunes.png", "elk.txt"], 3)
    print(sizes)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
