import asyncio

from kitchen import cook


async def make_breakfast(order):
    # Overlaps the waits, but collects the dishes as they finish.
    results = []
    for next_ready in asyncio.as_completed([cook(item, seconds) for item, seconds in order]):
        results.append(await next_ready)
    return results


async def main():
    print(await make_breakfast([("coffee", 0.3), ("eggs", 0.5), ("toast", 0.2)]))


if __name__ == "__main__":
    asyncio.run(main())
