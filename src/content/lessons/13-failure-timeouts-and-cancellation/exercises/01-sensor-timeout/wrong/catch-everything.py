import asyncio

from sensors import read_sensor


async def read_or_default(name, seconds, limit, default):
    # Catching every Exception also hides a broken sensor behind the default.
    try:
        return await asyncio.wait_for(read_sensor(name, seconds), limit)
    except Exception:
        return default


async def main():
    print(await read_or_default("hall", 0.2, 0.5, None))


if __name__ == "__main__":
    asyncio.run(main())
