import asyncio

from mirror import download


async def download_all(names, limit):
    sizes = []
    # Batches of `limit`: never more than `limit` at once, but each batch
    # waits for its slowest file while the other slots sit idle.
    for first in range(0, len(names), limit):
        batch = names[first : first + limit]
        sizes.extend(await asyncio.gather(*(download(name) for name in batch)))
    return sizes


if __name__ == "__main__":
    print(asyncio.run(download_all(["atlas.zip", "birds.csv"], 1)))
