import asyncio
import time

from kitchen import cook


async def make_breakfast(order):
    """Cooks every (item, seconds) pair in `order`.

    Returns what cook() returned for each item, in the order of `order`.
    """
    results = []
    for item, seconds in order:
        results.append(await cook(item, seconds))
    return results


async def main():
    started = time.perf_counter()
    breakfast = await make_breakfast([("coffee", 0.3), ("eggs", 0.5), ("toast", 0.2)])
    print(breakfast)
    print(f"breakfast took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
