import asyncio

from kitchen import cook


async def make_breakfast(order):
    # Looks like one step, but the comprehension awaits each cook() in turn.
    return [await cook(item, seconds) for item, seconds in order]


async def main():
    print(await make_breakfast([("coffee", 0.3), ("eggs", 0.5), ("toast", 0.2)]))


if __name__ == "__main__":
    asyncio.run(main())
