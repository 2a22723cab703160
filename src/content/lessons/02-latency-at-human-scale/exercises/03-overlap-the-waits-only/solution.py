import asyncio
import time

from pages import checksum, download


async def fetch_and_check(pages):
    """Downloads every (url, seconds) pair in `pages` and checksums its text.

    Returns the checksums in the order of `pages`.
    """
    # The downloads are waits, so they can overlap: gather starts them all and
    # returns the texts in input order. The checksums are computation; running
    # them "concurrently" on one thread would not make them any faster.
    texts = await asyncio.gather(*(download(url, seconds) for url, seconds in pages))
    return [checksum(text) for text in texts]


async def main():
    started = time.perf_counter()
    sums = await fetch_and_check([("news", 0.4), ("weather", 0.3), ("sport", 0.5)])
    print(sums)
    print(f"took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
