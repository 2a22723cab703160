import asyncio
import time

from pages import checksum, download


async def fetch_and_check(pages):
    """Downloads every (url, seconds) pair in `pages` and checksums its text.

    Returns the checksums in the order of `pages`.
    """
    async def fetch_one(url, seconds):
        return checksum(await download(url, seconds))

    # The waits overlap, but the checksums are collected as pages arrive.
    sums = []
    for next_done in asyncio.as_completed([fetch_one(url, seconds) for url, seconds in pages]):
        sums.append(await next_done)
    return sums


async def main():
    started = time.perf_counter()
    sums = await fetch_and_check([("news", 0.4), ("weather", 0.3), ("sport", 0.5)])
    print(sums)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
