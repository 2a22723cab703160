import asyncio

from kitchen import cook


async def make_breakfast(order):
    # Calling cook() only creates coroutine objects; none of them runs until
    # it is awaited, so the loop below still cooks one item at a time.
    pending = [cook(item, seconds) for item, seconds in order]
    results = []
    for dish in pending:
        results.append(await dish)
    return results


async def main():
    print(await make_breakfast([("coffee", 0.3), ("eggs", 0.5), ("toast", 0.2)]))


if __name__ == "__main__":
    asyncio.run(main())
