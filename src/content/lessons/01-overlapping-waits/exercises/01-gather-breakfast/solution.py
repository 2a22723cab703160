import asyncio
import time

from kitchen import cook


async def make_breakfast(order):
    """Cooks every (item, seconds) pair in `order`.

    Returns what cook() returned for each item, in the order of `order`.
    """
    # gather starts every cook() before waiting on any of them, and hands the
    # results back in the order the awaitables were passed, not finish order.
    return await asyncio.gather(*(cook(item, seconds) for item, seconds in order))


async def main():
    started = time.perf_counter()
    breakfast = await make_breakfast([("coffee", 0.3), ("eggs", 0.5), ("toast", 0.2)])
    print(breakfast)
    print(f"breakfast took {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
