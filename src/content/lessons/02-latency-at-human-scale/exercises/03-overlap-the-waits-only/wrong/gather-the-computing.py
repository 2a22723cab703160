import asyncio
import time

from pages import checksum, download


async def fetch_and_check(pages):
    """Downloads every (url, seconds) pair in `pages` and checksums its text.

    Returns the checksums in the order of `pages`.
    """
    texts = []
    for url, seconds in pages:
        texts.append(await download(url, seconds))

    async def check_one(text):
        return checksum(text)

    # Overlaps the computing instead of the waits: no gain, the downloads
    # still run one after another.
    return await asyncio.gather(*(check_one(text) for text in texts))


async def main():
    started = time.perf_counter()
    sums = await fetch_and_check([("news", 0.4), ("weather", 0.3), ("sport", 0.5)])
    print(sums)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
