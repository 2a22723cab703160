import asyncio

from sensors import read_sensor


async def read_or_default(name, seconds, limit, default):
    # Stops the slow read in time, but the TimeoutError reaches the caller
    # instead of turning into the default.
    return await asyncio.wait_for(read_sensor(name, seconds), limit)


async def main():
    print(await read_or_default("hall", 0.2, 0.5, None))


if __name__ == "__main__":
    asyncio.run(main())
